#pragma once

#include "Client.h"
#include "PostingDetail.h"

#include <QTextBrowser>

#include <optional>

namespace jobexplorer {

// Shows every field of one posting: pay as written and annualised, all locations, all skills
// with their categories, and the source link, which opens in the user's browser.
class PostingDetailView final : public QTextBrowser
{
    Q_OBJECT
public:
    explicit PostingDetailView(QWidget *parent = nullptr);

    // Shows detail, or a hint to select a posting for std::nullopt.
    void setDetail(const std::optional<PostingDetail> &detail);
    // While a client is chosen, the posting's skills the client holds, is learning and lacks
    // are listed too; std::nullopt: no client.
    void setClient(const std::optional<Client> &client);

protected:
    void changeEvent(QEvent *event) override;

private:
    // The texts in the current language, the shown posting's included.
    void retranslate();
    void render();
    static QString html(const PostingDetail &detail);
    QString clientHtml(const PostingDetail &detail) const;

    std::optional<PostingDetail> m_detail;
    std::optional<Client> m_client;
};

} // namespace jobexplorer

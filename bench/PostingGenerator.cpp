#include "PostingGenerator.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <span>
#include <vector>

namespace jobexplorer {

namespace {

struct CategoryList
{
    const char *key;
    const char *name;
    std::span<const char *const> skills;
};

// Real tool and practice names, so that facet lists and top-skill charts look like the real thing.
// clang-format off
constexpr const char *infrastructureSkills[] = {
    "Kubernetes", "Docker", "Terraform", "Helm", "Ansible", "Pulumi", "CloudFormation", "AWS CDK", "Argo CD",
    "Flux", "Jenkins", "GitHub Actions", "GitLab CI", "CircleCI", "Buildkite", "Spinnaker", "Istio",
    "Linkerd", "Envoy", "Consul", "Nomad", "Packer", "Chef", "Puppet", "SaltStack", "Linux", "systemd",
    "Nginx", "HAProxy", "Kustomize", "Crossplane", "Karpenter", "Cluster API", "containerd", "Podman",
    "OpenShift", "Rancher", "Tekton", "Bazel", "Git", "CI/CD", "Infrastructure as Code", "Service Mesh",
    "GKE", "EKS", "AKS", "Slurm", "Kubernetes Operators"};
constexpr const char *languageSkills[] = {
    "Python", "Go", "Rust", "C++", "C", "Java", "Scala", "Kotlin", "TypeScript", "JavaScript", "SQL", "Bash",
    "PowerShell", "Ruby", "Julia", "R", "Swift", "C#", "Elixir", "Haskell", "Lua", "Perl", "PHP", "Zig",
    "OCaml", "Clojure", "Erlang", "Dart", "MATLAB", "Fortran"};
constexpr const char *cloudSkills[] = {
    "AWS", "GCP", "Azure", "Oracle Cloud Infrastructure", "IBM Cloud", "Alibaba Cloud", "DigitalOcean",
    "Cloudflare", "EC2", "Amazon S3", "AWS Lambda", "Amazon ECS", "AWS Fargate", "Cloud Run",
    "Compute Engine", "Azure Functions", "CoreWeave", "Lambda Cloud", "Vultr", "Akamai", "OpenStack",
    "VMware vSphere", "Hetzner", "AWS Batch", "AWS Step Functions", "Google Cloud Storage",
    "Azure Blob Storage", "AWS Outposts", "Multi-cloud", "Hybrid cloud"};
constexpr const char *frameworkSkills[] = {
    "PyTorch", "TensorFlow", "JAX", "Keras", "scikit-learn", "XGBoost", "LightGBM", "CatBoost", "ONNX",
    "Hugging Face Transformers", "LangChain", "LlamaIndex", "spaCy", "NLTK", "OpenCV", "pandas", "NumPy",
    "SciPy", "PyTorch Lightning", "Flax", "Optax", "MXNet", "PaddlePaddle", "Caffe", "fastai", "Diffusers",
    "PEFT", "LoRA", "Stable Baselines", "Gymnasium", "statsmodels", "Prophet", "DSPy", "Haystack",
    "OpenAI API", "Anthropic API"};
constexpr const char *servingSkills[] = {
    "vLLM", "NVIDIA Triton", "TensorRT", "TensorRT-LLM", "TensorFlow Serving", "TorchServe", "SGLang",
    "Text Generation Inference", "KServe", "Seldon Core", "BentoML", "Ray Serve", "FastAPI", "gRPC",
    "ONNX Runtime", "OpenVINO", "llama.cpp", "Ollama", "DeepSpeed-MII", "LMDeploy", "MLC LLM", "ExLlamaV2",
    "Model quantization", "Speculative decoding", "KV cache optimization", "Continuous batching",
    "Model distillation", "Flask", "Django", "REST APIs", "GraphQL", "WebSockets", "Model deployment",
    "Inference optimization", "A/B testing infrastructure"};
constexpr const char *mlopsSkills[] = {
    "MLflow", "Kubeflow", "Ray", "Apache Airflow", "Amazon SageMaker", "Vertex AI", "Azure ML",
    "Weights & Biases", "DVC", "Metaflow", "JupyterHub", "ZenML", "Flyte", "Prefect", "Dagster",
    "Argo Workflows", "Neptune.ai", "Comet ML", "ClearML", "Feast", "Tecton", "Kedro", "Great Expectations",
    "Evidently AI", "WhyLabs", "Arize", "Fiddler", "Label Studio", "Model registry", "Feature stores",
    "Experiment tracking", "Model monitoring", "Data versioning", "Pipeline orchestration"};
constexpr const char *dataSkills[] = {
    "Apache Spark", "PySpark", "Apache Kafka", "Apache Flink", "Apache Beam", "Snowflake", "BigQuery",
    "Redshift", "Databricks", "Delta Lake", "Apache Iceberg", "Apache Hudi", "Trino", "Presto", "Apache Hive",
    "Hadoop", "HDFS", "PostgreSQL", "MySQL", "MongoDB", "Cassandra", "Redis", "DynamoDB", "Elasticsearch",
    "ClickHouse", "DuckDB", "Apache Arrow", "Parquet", "dbt", "Fivetran", "Airbyte", "Amazon Kinesis",
    "Google Pub/Sub", "RabbitMQ", "Apache Pulsar", "Pinecone", "Milvus", "Weaviate", "Qdrant", "Chroma",
    "pgvector", "LanceDB", "FAISS", "Vector databases", "Data pipelines", "ETL", "Data lakes",
    "Data warehousing", "Streaming systems"};
constexpr const char *observabilitySkills[] = {
    "Prometheus", "Grafana", "Datadog", "Splunk", "New Relic", "Dynatrace", "AppDynamics", "Logstash",
    "Kibana", "ELK Stack", "OpenTelemetry", "Jaeger", "Zipkin", "Honeycomb", "Lightstep", "Sentry",
    "PagerDuty", "Opsgenie", "Nagios", "Zabbix", "Loki", "Grafana Tempo", "Thanos", "Cortex",
    "VictoriaMetrics", "Fluentd", "Fluent Bit", "Amazon CloudWatch", "Google Cloud Monitoring",
    "Azure Monitor", "Splunk ITSI", "Moogsoft", "BigPanda", "ServiceNow", "AIOps", "Distributed tracing",
    "SLOs", "Incident management", "Chaos engineering", "eBPF"};
constexpr const char *acceleratorSkills[] = {
    "GPU", "CUDA", "cuDNN", "NCCL", "RCCL", "ROCm", "NVIDIA A100", "NVIDIA H100", "NVIDIA H200",
    "NVIDIA B200", "NVIDIA A10", "NVIDIA L4", "NVIDIA L40S", "NVIDIA DGX", "NVIDIA GB200", "TPU",
    "AWS Trainium", "AWS Inferentia", "Intel Gaudi", "AMD MI300X", "Cerebras", "Groq", "InfiniBand", "RoCE",
    "RDMA", "NVLink", "NVSwitch", "GPUDirect", "MIG", "vGPU", "SR-IOV", "NUMA", "GPU scheduling",
    "GPU cluster management", "Triton kernels", "CUTLASS", "FlashAttention", "Kernel optimization", "FPGA"};
constexpr const char *securitySkills[] = {
    "IAM", "RBAC", "OAuth", "OIDC", "SAML", "HashiCorp Vault", "Secrets management", "Network security",
    "Zero Trust", "TLS", "mTLS", "PKI", "Compliance", "HIPAA", "SOC 2", "GDPR", "FedRAMP", "ISO 27001",
    "PCI DSS", "Data encryption", "AWS KMS", "Container security", "Falco", "Open Policy Agent", "Kyverno",
    "Trivy", "Snyk", "SAST", "DAST", "Threat modeling", "Vulnerability management", "SIEM",
    "Penetration testing", "Supply chain security", "SBOM", "Sigstore", "WAF", "DDoS mitigation",
    "Model security", "Prompt injection defense"};
constexpr const char *practiceSkills[] = {
    "Distributed systems", "Technical leadership", "System design", "API design", "Software design",
    "Data structures", "Algorithms", "ML infrastructure", "Production systems", "Model training",
    "Distributed training", "Site reliability engineering", "DevOps", "Platform engineering",
    "Capacity planning", "Performance tuning", "Cost optimization", "FinOps", "Agile", "Scrum", "Code review",
    "Mentoring", "Technical writing", "Stakeholder management", "On-call", "Incident response", "Postmortems",
    "Microservices", "Event-driven architecture", "High availability", "Disaster recovery", "Load balancing",
    "Caching", "Networking", "TCP/IP", "DNS", "Linux kernel", "Concurrency", "Automation", "Testing",
    "Large language models", "RAG", "Fine-tuning", "Reinforcement learning", "Computer vision", "NLP",
    "Recommendation systems", "Statistics"};
// clang-format on

const CategoryList categories[] = {
    {"infrastructure", "Infrastructure & Orchestration", infrastructureSkills},
    {"languages", "Programming Languages", languageSkills},
    {"cloud", "Cloud Platforms", cloudSkills},
    {"ml_frameworks", "ML/AI Frameworks", frameworkSkills},
    {"serving", "Model Serving & Inference", servingSkills},
    {"mlops", "MLOps & Workflow Tools", mlopsSkills},
    {"data", "Data Processing & Storage", dataSkills},
    {"observability", "Monitoring & Observability", observabilitySkills},
    {"accelerators", "GPU & Accelerators", acceleratorSkills},
    {"security", "Security & Compliance", securitySkills},
    {"practices", "Domain & Practices", practiceSkills},
};

// The head of the skill distribution, most common first; the rest follow in a seeded order.
// clang-format off
constexpr const char *commonSkills[] = {
    "Python", "Kubernetes", "Docker", "AWS", "Linux", "Terraform", "CI/CD", "Go", "GCP", "PyTorch", "Azure",
    "Distributed systems", "SQL", "Git", "Prometheus", "Grafana", "Apache Spark", "Apache Kafka", "Java",
    "Ansible", "TensorFlow", "MLflow", "Helm", "Ray", "CUDA", "GPU", "Bash", "Apache Airflow", "C++",
    "Kubeflow", "Datadog", "Redis", "PostgreSQL", "System design", "Rust", "vLLM", "Snowflake", "Databricks"};
// clang-format on

constexpr std::pair<const char *, const char *> aliases[] = {{"Kubernetes", "K8s"},
                                                             {"Go", "Golang"},
                                                             {"PostgreSQL", "Postgres"},
                                                             {"AWS", "Amazon Web Services"},
                                                             {"GCP", "Google Cloud Platform"},
                                                             {"Azure", "Microsoft Azure"},
                                                             {"Apache Kafka", "Kafka"},
                                                             {"Apache Spark", "Spark"},
                                                             {"Apache Airflow", "Airflow"},
                                                             {"Amazon SageMaker", "SageMaker"},
                                                             {"Weights & Biases", "W&B"},
                                                             {"Large language models", "LLMs"}};

// Role families and the category each leans on.
struct RoleFamily
{
    const char *name;
    const char *category;
    int weight;
    const char *titleNoun;
};
constexpr RoleFamily roleFamilies[] = {
    {"AI Infrastructure Engineer", "accelerators", 16, "AI Infrastructure Engineer"},
    {"ML Infrastructure Engineer", "mlops", 14, "ML Infrastructure Engineer"},
    {"MLOps Engineer", "mlops", 13, "MLOps Engineer"},
    {"AI Platform Engineer", "infrastructure", 10, "AI Platform Engineer"},
    {"Machine Learning Engineer", "ml_frameworks", 12, "Machine Learning Engineer"},
    {"Site Reliability Engineer", "observability", 8, "Site Reliability Engineer"},
    {"AIOps Engineer", "observability", 5, "AIOps Engineer"},
    {"ML Platform Engineer", "mlops", 7, "Software Engineer, ML Platform"},
    {"GPU Infrastructure Engineer", "accelerators", 4, "GPU Infrastructure Engineer"},
    {"Inference Engineer", "serving", 5, "Inference Engineer"},
    {"Data Platform Engineer", "data", 6, "Data Platform Engineer"},
    {"DevOps Engineer", "infrastructure", 6, "DevOps Engineer"},
    {"AI Security Engineer", "security", 2, "Security Engineer, AI Systems"},
};
// clang-format off
constexpr const char *teams[] = {
    "Inference Platform", "Training Infrastructure", "GPU Cloud", "Model Serving", "Data Platform",
    "Observability", "Core Infrastructure", "LLM Platform", "Search", "Ads", "Recommendations",
    "Developer Platform", "Compute", "Reliability", "Foundation Models", "Applied AI",
    "Research Infrastructure", "Autonomy"};
// clang-format on

struct City
{
    const char *city;
    const char *region; // empty when the country has none worth naming
    const char *country;
    const char *metro; // empty when the city is its own market
};

// Roughly by how many postings name them: the hubs first.
constexpr City cities[] = {
    {"San Francisco", "CA", "United States", "San Francisco Bay Area"},
    {"New York", "NY", "United States", "New York City"},
    {"Seattle", "WA", "United States", "Seattle"},
    {"Mountain View", "CA", "United States", "San Francisco Bay Area"},
    {"San Jose", "CA", "United States", "San Francisco Bay Area"},
    {"Palo Alto", "CA", "United States", "San Francisco Bay Area"},
    {"Sunnyvale", "CA", "United States", "San Francisco Bay Area"},
    {"London", "England", "United Kingdom", "Greater London"},
    {"Austin", "TX", "United States", "Austin"},
    {"Boston", "MA", "United States", "Greater Boston"},
    {"Santa Clara", "CA", "United States", "San Francisco Bay Area"},
    {"Bengaluru", "Karnataka", "India", "Bengaluru"},
    {"Toronto", "ON", "Canada", "Greater Toronto Area"},
    {"Redmond", "WA", "United States", "Seattle"},
    {"Bellevue", "WA", "United States", "Seattle"},
    {"Los Angeles", "CA", "United States", "Greater Los Angeles"},
    {"Menlo Park", "CA", "United States", "San Francisco Bay Area"},
    {"Cambridge", "MA", "United States", "Greater Boston"},
    {"Washington", "DC", "United States", "Washington DC-Baltimore Area"},
    {"Chicago", "IL", "United States", "Chicago"},
    {"Berlin", "Berlin", "Germany", "Berlin Metropolitan Region"},
    {"Tel Aviv", "", "Israel", "Tel Aviv"},
    {"Redwood City", "CA", "United States", "San Francisco Bay Area"},
    {"Denver", "CO", "United States", "Denver"},
    {"Dallas", "TX", "United States", "Dallas-Fort Worth"},
    {"Atlanta", "GA", "United States", "Atlanta"},
    {"Paris", "Île-de-France", "France", "Paris"},
    {"Amsterdam", "North Holland", "Netherlands", "Amsterdam"},
    {"Singapore", "", "Singapore", "Singapore"},
    {"Oakland", "CA", "United States", "San Francisco Bay Area"},
    {"Cupertino", "CA", "United States", "San Francisco Bay Area"},
    {"Kirkland", "WA", "United States", "Seattle"},
    {"San Diego", "CA", "United States", "San Diego"},
    {"Raleigh", "NC", "United States", "Research Triangle"},
    {"Hyderabad", "Telangana", "India", "Hyderabad"},
    {"Munich", "Bavaria", "Germany", "Munich Metropolitan Region"},
    {"Zürich", "Zürich", "Switzerland", "Zürich Metropolitan Area"},
    {"Dublin", "", "Ireland", "Dublin"},
    {"Vancouver", "BC", "Canada", "Greater Vancouver"},
    {"Montreal", "QC", "Canada", "Greater Montreal"},
    {"Santa Monica", "CA", "United States", "Greater Los Angeles"},
    {"Irvine", "CA", "United States", "Greater Los Angeles"},
    {"Arlington", "VA", "United States", "Washington DC-Baltimore Area"},
    {"Reston", "VA", "United States", "Washington DC-Baltimore Area"},
    {"Pittsburgh", "PA", "United States", "Pittsburgh"},
    {"Philadelphia", "PA", "United States", "Philadelphia"},
    {"Portland", "OR", "United States", "Portland"},
    {"Hillsboro", "OR", "United States", "Portland"},
    {"Phoenix", "AZ", "United States", "Phoenix"},
    {"Salt Lake City", "UT", "United States", "Salt Lake City"},
    {"Lehi", "UT", "United States", "Salt Lake City"},
    {"Minneapolis", "MN", "United States", "Minneapolis-Saint Paul"},
    {"Boulder", "CO", "United States", "Denver"},
    {"Plano", "TX", "United States", "Dallas-Fort Worth"},
    {"Houston", "TX", "United States", "Houston"},
    {"Jersey City", "NJ", "United States", "New York City"},
    {"Brooklyn", "NY", "United States", "New York City"},
    {"Fremont", "CA", "United States", "San Francisco Bay Area"},
    {"San Mateo", "CA", "United States", "San Francisco Bay Area"},
    {"Berkeley", "CA", "United States", "San Francisco Bay Area"},
    {"Foster City", "CA", "United States", "San Francisco Bay Area"},
    {"Milpitas", "CA", "United States", "San Francisco Bay Area"},
    {"Tacoma", "WA", "United States", "Seattle"},
    {"Hoboken", "NJ", "United States", "New York City"},
    {"Stamford", "CT", "United States", "New York City"},
    {"Pasadena", "CA", "United States", "Greater Los Angeles"},
    {"Culver City", "CA", "United States", "Greater Los Angeles"},
    {"Burbank", "CA", "United States", "Greater Los Angeles"},
    {"Somerville", "MA", "United States", "Greater Boston"},
    {"Waltham", "MA", "United States", "Greater Boston"},
    {"Burlington", "MA", "United States", "Greater Boston"},
    {"Round Rock", "TX", "United States", "Austin"},
    {"Irving", "TX", "United States", "Dallas-Fort Worth"},
    {"Frisco", "TX", "United States", "Dallas-Fort Worth"},
    {"Fort Worth", "TX", "United States", "Dallas-Fort Worth"},
    {"McLean", "VA", "United States", "Washington DC-Baltimore Area"},
    {"Herndon", "VA", "United States", "Washington DC-Baltimore Area"},
    {"Bethesda", "MD", "United States", "Washington DC-Baltimore Area"},
    {"Baltimore", "MD", "United States", "Washington DC-Baltimore Area"},
    {"Evanston", "IL", "United States", "Chicago"},
    {"Alpharetta", "GA", "United States", "Atlanta"},
    {"Durham", "NC", "United States", "Research Triangle"},
    {"Chapel Hill", "NC", "United States", "Research Triangle"},
    {"Scottsdale", "AZ", "United States", "Phoenix"},
    {"Tempe", "AZ", "United States", "Phoenix"},
    {"Chandler", "AZ", "United States", "Phoenix"},
    {"Beaverton", "OR", "United States", "Portland"},
    {"Saint Paul", "MN", "United States", "Minneapolis-Saint Paul"},
    {"Provo", "UT", "United States", "Salt Lake City"},
    {"Ann Arbor", "MI", "United States", "Detroit"},
    {"Detroit", "MI", "United States", "Detroit"},
    {"Miami", "FL", "United States", "Miami"},
    {"Nashville", "TN", "United States", "Nashville"},
    {"Columbus", "OH", "United States", "Columbus"},
    {"Charlotte", "NC", "United States", "Charlotte"},
    {"Kansas City", "MO", "United States", "Kansas City"},
    {"St. Louis", "MO", "United States", "St. Louis"},
    {"Sacramento", "CA", "United States", "Sacramento"},
    {"Las Vegas", "NV", "United States", "Las Vegas"},
    {"Orlando", "FL", "United States", "Orlando"},
    {"Tampa", "FL", "United States", "Tampa Bay"},
    {"Cincinnati", "OH", "United States", "Cincinnati"},
    {"Indianapolis", "IN", "United States", "Indianapolis"},
    {"Madison", "WI", "United States", "Madison"},
    {"Boise", "ID", "United States", "Boise"},
    {"Huntsville", "AL", "United States", "Huntsville"},
    {"Albuquerque", "NM", "United States", "Albuquerque"},
    {"Cambridge", "England", "United Kingdom", "Cambridge"},
    {"Manchester", "England", "United Kingdom", "Greater Manchester"},
    {"Edinburgh", "Scotland", "United Kingdom", "Edinburgh"},
    {"Bristol", "England", "United Kingdom", "Bristol"},
    {"Oxford", "England", "United Kingdom", "Oxford"},
    {"Belfast", "Northern Ireland", "United Kingdom", "Belfast"},
    {"Cork", "", "Ireland", "Cork"},
    {"Hamburg", "Hamburg", "Germany", "Hamburg Metropolitan Region"},
    {"Frankfurt", "Hesse", "Germany", "Frankfurt Rhine-Main"},
    {"Stuttgart", "Baden-Württemberg", "Germany", "Stuttgart Region"},
    {"Cologne", "North Rhine-Westphalia", "Germany", "Rhine-Ruhr"},
    {"Düsseldorf", "North Rhine-Westphalia", "Germany", "Rhine-Ruhr"},
    {"Lyon", "Auvergne-Rhône-Alpes", "France", "Lyon"},
    {"Grenoble", "Auvergne-Rhône-Alpes", "France", "Grenoble"},
    {"Toulouse", "Occitanie", "France", "Toulouse"},
    {"Rotterdam", "South Holland", "Netherlands", "Rotterdam"},
    {"Eindhoven", "North Brabant", "Netherlands", "Eindhoven"},
    {"Utrecht", "Utrecht", "Netherlands", "Utrecht"},
    {"The Hague", "South Holland", "Netherlands", "The Hague"},
    {"Geneva", "Geneva", "Switzerland", "Lake Geneva Region"},
    {"Lausanne", "Vaud", "Switzerland", "Lake Geneva Region"},
    {"Basel", "Basel-Stadt", "Switzerland", "Basel"},
    {"Madrid", "Community of Madrid", "Spain", "Madrid"},
    {"Barcelona", "Catalonia", "Spain", "Barcelona"},
    {"Valencia", "Valencian Community", "Spain", "Valencia"},
    {"Lisbon", "", "Portugal", "Lisbon"},
    {"Porto", "", "Portugal", "Porto"},
    {"Milan", "Lombardy", "Italy", "Milan"},
    {"Rome", "Lazio", "Italy", "Rome"},
    {"Turin", "Piedmont", "Italy", "Turin"},
    {"Stockholm", "", "Sweden", "Stockholm"},
    {"Gothenburg", "", "Sweden", "Gothenburg"},
    {"Copenhagen", "", "Denmark", "Copenhagen"},
    {"Oslo", "", "Norway", "Oslo"},
    {"Helsinki", "", "Finland", "Helsinki"},
    {"Espoo", "", "Finland", "Helsinki"},
    {"Warsaw", "Masovia", "Poland", "Warsaw"},
    {"Kraków", "Lesser Poland", "Poland", "Kraków"},
    {"Wrocław", "Lower Silesia", "Poland", "Wrocław"},
    {"Gdańsk", "Pomerania", "Poland", "Tricity"},
    {"Prague", "", "Czechia", "Prague"},
    {"Brno", "", "Czechia", "Brno"},
    {"Bucharest", "", "Romania", "Bucharest"},
    {"Cluj-Napoca", "", "Romania", "Cluj-Napoca"},
    {"Vienna", "", "Austria", "Vienna"},
    {"Brussels", "", "Belgium", "Brussels"},
    {"Ghent", "", "Belgium", "Ghent"},
    {"Tallinn", "", "Estonia", "Tallinn"},
    {"Vilnius", "", "Lithuania", "Vilnius"},
    {"Athens", "", "Greece", "Athens"},
    {"Budapest", "", "Hungary", "Budapest"},
    {"Haifa", "", "Israel", "Haifa"},
    {"Jerusalem", "", "Israel", "Jerusalem"},
    {"Herzliya", "", "Israel", "Tel Aviv"},
    {"Pune", "Maharashtra", "India", "Pune"},
    {"Mumbai", "Maharashtra", "India", "Mumbai"},
    {"Chennai", "Tamil Nadu", "India", "Chennai"},
    {"Gurugram", "Haryana", "India", "Delhi NCR"},
    {"Noida", "Uttar Pradesh", "India", "Delhi NCR"},
    {"New Delhi", "Delhi", "India", "Delhi NCR"},
    {"Waterloo", "ON", "Canada", "Kitchener-Waterloo"},
    {"Ottawa", "ON", "Canada", "Ottawa"},
    {"Calgary", "AB", "Canada", "Calgary"},
    {"Edmonton", "AB", "Canada", "Edmonton"},
    {"Tokyo", "", "Japan", "Greater Tokyo Area"},
    {"Osaka", "", "Japan", "Osaka"},
    {"Seoul", "", "South Korea", "Seoul"},
    {"Beijing", "", "China", "Beijing"},
    {"Shanghai", "", "China", "Shanghai"},
    {"Shenzhen", "Guangdong", "China", "Shenzhen"},
    {"Hangzhou", "Zhejiang", "China", "Hangzhou"},
    {"Taipei", "", "Taiwan", "Taipei"},
    {"Hsinchu", "", "Taiwan", "Hsinchu"},
    {"Hong Kong", "", "Hong Kong", "Hong Kong"},
    {"Sydney", "NSW", "Australia", "Greater Sydney"},
    {"Melbourne", "VIC", "Australia", "Greater Melbourne"},
    {"Brisbane", "QLD", "Australia", "Brisbane"},
    {"Auckland", "", "New Zealand", "Auckland"},
    {"São Paulo", "SP", "Brazil", "São Paulo"},
    {"Rio de Janeiro", "RJ", "Brazil", "Rio de Janeiro"},
    {"Florianópolis", "SC", "Brazil", "Florianópolis"},
    {"Mexico City", "", "Mexico", "Mexico City"},
    {"Guadalajara", "Jalisco", "Mexico", "Guadalajara"},
    {"Buenos Aires", "", "Argentina", "Buenos Aires"},
    {"Bogotá", "", "Colombia", "Bogotá"},
    {"Medellín", "Antioquia", "Colombia", "Medellín"},
    {"Santiago", "", "Chile", "Santiago"},
    {"Dubai", "", "United Arab Emirates", "Dubai"},
    {"Abu Dhabi", "", "United Arab Emirates", "Abu Dhabi"},
    {"Cape Town", "Western Cape", "South Africa", "Cape Town"},
    {"Johannesburg", "Gauteng", "South Africa", "Johannesburg"},
    {"Lagos", "", "Nigeria", "Lagos"},
    {"Nairobi", "", "Kenya", "Nairobi"},
    {"Cairo", "", "Egypt", "Cairo"},
};

// clang-format off
constexpr const char *companyFirstWords[] = {
    "Nimbus", "Quantum", "Vertex", "Apex", "Helix", "Orbit", "Stellar", "Nova", "Cobalt", "Lumen", "Aurora",
    "Summit", "Cascade", "Granite", "Harbor", "Atlas", "Beacon", "Cinder", "Delta", "Ember", "Falcon",
    "Glacier", "Horizon", "Iris", "Juniper", "Kestrel", "Lattice", "Meridian", "Nebula", "Onyx", "Pioneer",
    "Quill", "Radiant", "Sable", "Tidal", "Umbra", "Vector", "Willow", "Xenon", "Yonder", "Zenith", "Arbor",
    "Basalt", "Cirrus", "Drift", "Echo", "Flux", "Gale", "Halo", "Ion", "Jade", "Krypton", "Lumina", "Mosaic",
    "Nimble", "Obsidian", "Prism", "Quasar", "Ripple", "Sierra", "Tundra", "Unity", "Vivid", "Wave", "Axiom",
    "Bolt", "Crest", "Dune", "Elevate", "Forge", "Grove", "Hive", "Inertia", "Jolt", "Keystone", "Ledger",
    "Magnet", "North", "Oasis", "Pulse", "Quartz", "Relay", "Spark", "Torch", "Upland", "Vantage", "Wren",
    "Yield", "Zephyr", "Anchor", "Bright", "Canopy", "Dawn", "Everest", "Fathom", "Gravity", "Highland",
    "Insight", "Kinetic", "Lighthouse", "Monarch", "Neon", "Orchid", "Parallax", "Redwood", "Sequoia",
    "Tangent", "Uplift", "Velocity", "Wildfire", "Alloy", "Binary", "Catalyst", "Datum", "Entropy", "Fractal",
    "Gradient", "Hyper", "Infinite", "Logic", "Matrix", "Neural", "Optic", "Photon", "Qubit", "Raster",
    "Signal", "Tensor", "Vertexa", "Wavelength", "Acorn", "Blue Harbor", "Clearwater", "Deep Field",
    "Evergreen", "First Light", "Golden Gate", "High Desert", "Iron Peak", "Lakeshore", "Midnight",
    "New Frontier", "Open Sky", "Pacific", "Red Rock", "Silver Lake", "True North", "Union Square", "Violet",
    "West End", "Amber", "Boreal", "Coral", "Diamond", "Arcadia", "Bastion", "Cerulean", "Dynamo", "Equinox",
    "Frontier", "Ganymede", "Hawthorne", "Indigo", "Jasper", "Kepler", "Lyra"};
constexpr const char *companySecondWords[] = {
    "Labs", "AI", "Systems", "Technologies", "Cloud", "Data", "Analytics", "Robotics", "Networks", "Dynamics",
    "Health", "Bio", "Financial", "Capital", "Logistics", "Software", "Compute", "Intelligence", "Security",
    "Energy", "Motors", "Media", "Works", "Group", "Inc.", "Digital", "Semiconductor", "Therapeutics",
    "Games", "Insurance", "Bank", "Retail", "Commerce", "Foods", "Mobility", "Aerospace", "Space", "Telecom",
    "Payments", "Markets", "Studios", "Research", "Solutions", "Platforms", "Devices", "Sensors", "Vision",
    "Voice", "Genomics", "Diagnostics", "Pharma", "Learning", "Education", "Travel", "Realty", "Holdings",
    "Partners", "Ventures", "Industries", "Manufacturing", "Automation", "Machines", "Computing", "Quantum",
    "Photonics", "Materials", "Chemicals", "Agritech", "Climate", "Power", "Grid", "Water", "Health Systems",
    "Care", "Medical", "Imaging", "Biosciences", "Fintech", "Trading", "Asset Management", "Credit",
    "Lending", "Wealth", "Advisors", "Consulting", "Services", "Outsourcing", "Staffing", "Marketing", "Ads",
    "Social", "Streaming", "Music", "Sports", "Fashion", "Home", "Labs Europe", "Defense", "Maritime", "Rail",
    "Freight", "Drones", "Satellites", "Nuclear", "Fusion", "Batteries", "Solar", "Wind", "Hydrogen",
    "Interactive", "Reality", "Metaverse", "Identity", "Privacy", "Trust", "Insights", "Signals",
    "Operations", "Infrastructure", "Edge", "Mesh", "Stack", "Scale"};

constexpr const char *industries[] = {
    "Software Development", "Technology, Information and Internet", "IT Services and IT Consulting",
    "Financial Services", "Banking", "Insurance", "Hospitals and Health Care", "Biotechnology Research",
    "Retail", "Motor Vehicle Manufacturing", "Telecommunications", "Semiconductor Manufacturing",
    "Entertainment Providers", "Defense and Space Manufacturing", "Staffing and Recruiting",
    "Higher Education", "Government Administration"};
constexpr const char *companySizes[] = {
    "1-10", "11-50", "51-200", "201-500", "501-1,000", "1,001-5,000", "5,001-10,000", "10,001+"};
constexpr const char *noteParts[] = {
    "Equity and annual bonus.", "Visa sponsorship available.", "Security clearance required.",
    "Relocation assistance offered.", "On-call rotation.", "Up to 25% travel.", "Four-day work week.",
    "Founding team role.", "Reports to the VP of Engineering.", "New team, greenfield work."};
// clang-format on

constexpr int companyCount = 20000;

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// Picks an index with probability proportional to its weight.
class WeightedPick
{
public:
    explicit WeightedPick(const std::vector<double> &weights)
    {
        m_cumulative.reserve(weights.size());
        double sum = 0;
        for (const double weight : weights)
            m_cumulative.push_back(sum += weight);
    }
    int operator()(QRandomGenerator &random) const
    {
        const double target = random.generateDouble() * m_cumulative.back();
        const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), target);
        return static_cast<int>(std::min<std::ptrdiff_t>(
            it - m_cumulative.begin(), static_cast<std::ptrdiff_t>(m_cumulative.size()) - 1));
    }

private:
    std::vector<double> m_cumulative;
};

// Zipf-like weights: rank r gets 1 / (r + offset)^exponent.
std::vector<double> zipf(std::size_t count, double exponent, double offset)
{
    std::vector<double> weights(count);
    for (std::size_t r = 0; r < count; ++r)
        weights[r] = 1.0 / std::pow(static_cast<double>(r) + offset, exponent);
    return weights;
}

template <typename T, std::size_t N> const T &pickFrom(QRandomGenerator &random, const T (&values)[N])
{
    return values[random.bounded(static_cast<quint32>(N))];
}

// Chooses among (value, percent) pairs.
template <typename T, std::size_t N>
T pickShare(QRandomGenerator &random, const std::pair<T, int> (&shares)[N])
{
    int roll = static_cast<int>(random.bounded(100));
    for (const auto &[value, percent] : shares) {
        if (roll < percent)
            return value;
        roll -= percent;
    }
    return shares[N - 1].first;
}

constexpr std::pair<Seniority, int> seniorityShares[] = {{Seniority::Entry, 9},     {Seniority::Mid, 30},
                                                         {Seniority::Senior, 36},   {Seniority::Staff, 13},
                                                         {Seniority::Principal, 5}, {Seniority::Unknown, 7}};
constexpr std::pair<WorkMode, int> workModeShares[] = {
    {WorkMode::Remote, 22}, {WorkMode::Hybrid, 43}, {WorkMode::OnSite, 30}, {WorkMode::Unknown, 5}};
constexpr std::pair<EmploymentType, int> employmentShares[] = {
    {EmploymentType::FullTime, 86}, {EmploymentType::Contract, 8},  {EmploymentType::Internship, 2},
    {EmploymentType::PartTime, 1},  {EmploymentType::Temporary, 1}, {EmploymentType::Other, 1},
    {EmploymentType::Unknown, 1}};
constexpr std::pair<Requirement, int> requirementShares[] = {
    {Requirement::Required, 60}, {Requirement::Preferred, 30}, {Requirement::Unspecified, 10}};

// Typical US base pay midpoints by level, in dollars a year.
double basePay(Seniority level)
{
    switch (level) {
    case Seniority::Entry:
        return 135000;
    case Seniority::Mid:
        return 170000;
    case Seniority::Senior:
        return 210000;
    case Seniority::Staff:
        return 255000;
    case Seniority::Principal:
        return 295000;
    case Seniority::Unknown:
        break;
    }
    return 185000;
}

// Years asked for by level: [minimum, typical maximum].
std::pair<int, int> experienceFor(Seniority level, QRandomGenerator &random)
{
    switch (level) {
    case Seniority::Entry:
        return {0, 2};
    case Seniority::Mid:
        return {2 + static_cast<int>(random.bounded(3)), 6};
    case Seniority::Senior:
        return {5 + static_cast<int>(random.bounded(3)), 10};
    case Seniority::Staff:
        return {8 + static_cast<int>(random.bounded(3)), 12};
    case Seniority::Principal:
        return {10 + static_cast<int>(random.bounded(5)), 15};
    case Seniority::Unknown:
        break;
    }
    return {static_cast<int>(random.bounded(8)), 10};
}

QString levelPrefix(Seniority level, QRandomGenerator &random)
{
    switch (level) {
    case Seniority::Entry: {
        constexpr const char *prefixes[] = {"", "Junior ", "Associate ", "New Grad "};
        return text(pickFrom(random, prefixes));
    }
    case Seniority::Mid:
        return random.bounded(4) == 0 ? QStringLiteral("Software Engineer II, ") : QString();
    case Seniority::Senior:
        return QStringLiteral("Senior ");
    case Seniority::Staff:
        return QStringLiteral("Staff ");
    case Seniority::Principal:
        return random.bounded(3) == 0 ? QStringLiteral("Distinguished ") : QStringLiteral("Principal ");
    case Seniority::Unknown:
        break;
    }
    return random.bounded(3) == 0 ? QStringLiteral("Lead ") : QString();
}

QString currencyOf(const QString &country)
{
    static const QSet<QString> euro{
        QStringLiteral("Germany"), QStringLiteral("France"),  QStringLiteral("Netherlands"),
        QStringLiteral("Ireland"), QStringLiteral("Spain"),   QStringLiteral("Portugal"),
        QStringLiteral("Italy"),   QStringLiteral("Finland"), QStringLiteral("Austria"),
        QStringLiteral("Belgium"), QStringLiteral("Estonia"), QStringLiteral("Lithuania"),
        QStringLiteral("Greece")};
    if (country == QLatin1String("United Kingdom"))
        return QStringLiteral("GBP");
    if (euro.contains(country))
        return QStringLiteral("EUR");
    return QStringLiteral("USD");
}

double currencyFactor(const QString &currency)
{
    if (currency == QLatin1String("GBP"))
        return 0.55;
    if (currency == QLatin1String("EUR"))
        return 0.6;
    return 1.0;
}

} // namespace

Dataset PostingGenerator::generate(int postings) const
{
    QRandomGenerator random(m_seed);
    Dataset dataset;
    dataset.meta.title =
        QStringLiteral("Generated benchmark dataset (%1 postings, seed %2)").arg(postings).arg(m_seed);
    dataset.meta.source = QStringLiteral("jobexplorer-bench PostingGenerator version %1").arg(Version);
    dataset.meta.collectionPeriod = QStringLiteral("June–December 2025");

    // Taxonomy, with a seeded popularity order: the common skills first, then the rest shuffled.
    QSet<QString> taken;
    QHash<QString, QString> categoryOfSkill;
    QStringList skillNames;
    for (const CategoryList &category : categories) {
        dataset.skillCategories.append({text(category.key), text(category.name)});
        for (const char *name : category.skills) {
            const QString skill = text(name);
            if (taken.contains(skill.toCaseFolded()))
                continue;
            taken.insert(skill.toCaseFolded());
            categoryOfSkill.insert(skill, text(category.key));
            skillNames << skill;
            dataset.skills.append({skill, text(category.key), {}});
        }
    }
    for (const auto &[skill, alias] : aliases) {
        for (SkillRecord &record : dataset.skills) {
            if (record.name == QLatin1String(skill))
                record.aliases << text(alias);
        }
    }
    QStringList byPopularity;
    for (const char *name : commonSkills)
        byPopularity << text(name);
    QStringList rest;
    for (const QString &skill : std::as_const(skillNames)) {
        if (!byPopularity.contains(skill))
            rest << skill;
    }
    for (qsizetype i = rest.size() - 1; i > 0; --i)
        rest.swapItemsAt(i, static_cast<qsizetype>(random.bounded(static_cast<quint32>(i + 1))));
    byPopularity += rest;

    // Skill weights per role family: its own category counts three times as much.
    const std::vector<double> skillZipf = zipf(static_cast<std::size_t>(byPopularity.size()), 1.0, 1.0);
    std::vector<WeightedPick> skillPicks;
    for (const RoleFamily &role : roleFamilies) {
        std::vector<double> weights = skillZipf;
        for (std::size_t i = 0; i < weights.size(); ++i) {
            if (categoryOfSkill.value(byPopularity.at(static_cast<qsizetype>(i))) ==
                QLatin1String(role.category))
                weights[i] *= 3;
        }
        skillPicks.emplace_back(weights);
    }
    std::vector<double> roleWeights;
    for (const RoleFamily &role : roleFamilies)
        roleWeights.push_back(role.weight);
    const WeightedPick rolePick(roleWeights);

    // Companies: every pairing of the two word lists in a seeded order; a few post most.
    std::vector<QString> companies;
    companies.reserve(std::size(companyFirstWords) * std::size(companySecondWords));
    for (const char *first : companyFirstWords) {
        for (const char *second : companySecondWords)
            companies.push_back(text(first) % QLatin1Char(' ') % text(second));
    }
    for (std::size_t i = companies.size() - 1; i > 0; --i)
        std::swap(companies[i], companies[random.bounded(static_cast<quint32>(i + 1))]);
    static_assert(std::size(companyFirstWords) * std::size(companySecondWords) >= std::size_t{companyCount},
                  "every company needs a distinct name");
    companies.resize(companyCount);
    std::vector<int> companyIndustry(companyCount), companySize(companyCount);
    for (int c = 0; c < companyCount; ++c) {
        // Industry and size belong to the company; 5% of companies state neither.
        const bool unstated = random.bounded(20) == 0;
        companyIndustry[static_cast<std::size_t>(c)] =
            unstated ? -1 : static_cast<int>(random.bounded(static_cast<quint32>(std::size(industries))));
        // Big posters are big companies.
        const int size =
            c < 200 ? 6 + static_cast<int>(random.bounded(2))
                    : static_cast<int>(random.bounded(static_cast<quint32>(std::size(companySizes))));
        companySize[static_cast<std::size_t>(c)] = unstated ? -1 : size;
    }
    const WeightedPick companyPick(zipf(companies.size(), 1.05, 10));
    const WeightedPick cityPick(zipf(std::size(cities), 0.9, 4));

    std::vector<QString> locationTexts;
    for (const City &city : cities)
        locationTexts.push_back(*city.region ? text(city.city) % QStringLiteral(", ") % text(city.region)
                                             : text(city.city));
    const QDate firstDay(2025, 6, 1);

    dataset.postings.reserve(postings);
    for (int i = 0; i < postings; ++i) {
        PostingRecord p;
        p.sourceId = QStringLiteral("gen-%1-%2").arg(m_seed).arg(i + 1);
        const int roleIndex = rolePick(random);
        const RoleFamily &role = roleFamilies[roleIndex];
        p.roleFamily = text(role.name);
        p.seniority = pickShare(random, seniorityShares);
        p.workMode = pickShare(random, workModeShares);
        p.employmentType = pickShare(random, employmentShares);
        if (p.employmentType == EmploymentType::Internship)
            p.seniority = Seniority::Entry;
        p.title = levelPrefix(p.seniority, random) % text(role.titleNoun);
        if (random.bounded(3) == 0)
            p.title += QStringLiteral(", ") % text(pickFrom(random, teams));

        if (random.bounded(25) == 0) {
            p.label = QStringLiteral("Confidential: ") % p.title;
        } else {
            const auto company = static_cast<std::size_t>(companyPick(random));
            p.company = companies[company];
            if (companyIndustry[company] >= 0)
                p.industry = text(industries[companyIndustry[company]]);
            if (companySize[company] >= 0)
                p.companySize = text(companySizes[companySize[company]]);
        }

        if (random.bounded(100) >= 15) {
            const auto [low, high] = experienceFor(p.seniority, random);
            p.experienceMin = low;
            if (random.bounded(10) < 3 && high > low) {
                p.experienceMax = high;
                p.experienceText = QStringLiteral("%1-%2 years").arg(low).arg(high);
            } else {
                p.experienceText = QStringLiteral("%1+ years").arg(low);
            }
        }

        // Locations: remote postings often name no city; the rest name 1-3 cities.
        const quint32 locationRoll = random.bounded(100);
        if (p.workMode == WorkMode::Remote && locationRoll < 50) {
            p.locations.append({{}, {}, QStringLiteral("United States"), {}, QStringLiteral("Remote (US)")});
        } else if (p.workMode == WorkMode::Remote && locationRoll < 65) {
            p.locations.append({{}, {}, {}, {}, QStringLiteral("Remote")});
        } else {
            const int count = locationRoll < 72 ? 1 : locationRoll < 90 ? 2 : 3;
            QList<int> chosen;
            for (int l = 0; l < count; ++l) {
                const int c = cityPick(random);
                if (chosen.contains(c))
                    continue;
                chosen << c;
                const City &city = cities[c];
                p.locations.append({text(city.city), text(city.region), text(city.country), text(city.metro),
                                    locationTexts[static_cast<std::size_t>(c)]});
            }
        }

        // A third state pay, in the currency of the first location's country.
        if (random.bounded(3) == 0) {
            const QString country = p.locations.isEmpty() ? QString() : p.locations.first().country;
            p.salary.currency = currencyOf(country);
            const double annual = basePay(p.seniority) * currencyFactor(p.salary.currency) *
                                  (0.75 + random.bounded(50) / 100.0);
            const double spread = 1.15 + random.bounded(25) / 100.0;
            const bool hourly = p.employmentType == EmploymentType::Contract || random.bounded(12) == 0;
            if (hourly) {
                // Hourly rates to the half unit: 87.5 an hour.
                const double rate = std::round(annual / 2080 * 2) / 2;
                p.salary.period = PayPeriod::Hour;
                p.salary.min = rate;
                p.salary.max = std::round(rate * spread * 2) / 2;
            } else {
                p.salary.period = PayPeriod::Year;
                p.salary.min = std::round(annual / 1000) * 1000;
                p.salary.max = std::round(annual * spread / 1000) * 1000;
            }
            const quint32 sides = random.bounded(100);
            if (sides < 7)
                p.salary.max.reset();
            else if (sides < 10)
                p.salary.min.reset();
            p.salary.text = p.salary.currency % QLatin1Char(' ') %
                            (p.salary.min ? QString::number(*p.salary.min, 'f', 0) : QString()) %
                            QLatin1Char('-') %
                            (p.salary.max ? QString::number(*p.salary.max, 'f', 0) : QString()) %
                            (hourly ? QStringLiteral("/hour") : QStringLiteral("/year"));
        }

        // 5-20 skills, most often around ten, from the role's skewed distribution.
        const int wanted = 5 + static_cast<int>(random.bounded(6)) + static_cast<int>(random.bounded(6)) +
                           static_cast<int>(random.bounded(6));
        QList<int> chosen;
        for (int attempt = 0; chosen.size() < wanted && attempt < wanted * 20; ++attempt) {
            const int skill = skillPicks[static_cast<std::size_t>(roleIndex)](random);
            if (!chosen.contains(skill))
                chosen << skill;
        }
        p.skills.reserve(chosen.size());
        for (const int skill : std::as_const(chosen))
            p.skills.append({byPopularity.at(skill), pickShare(random, requirementShares), {}});

        p.postedDate = firstDay.addDays(random.bounded(183));
        p.sourceUrl = QStringLiteral("https://jobs.example.com/postings/%1").arg(i + 1);
        if (random.bounded(7) == 0) {
            p.notes = text(pickFrom(random, noteParts));
            if (random.bounded(2) == 0)
                p.notes += QLatin1Char(' ') % text(pickFrom(random, noteParts));
        }
        dataset.postings.append(std::move(p));
    }
    return dataset;
}

} // namespace jobexplorer

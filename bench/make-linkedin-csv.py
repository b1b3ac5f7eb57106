#!/usr/bin/env python3
"""Writes a LinkedIn-style postings.csv of N rows (default 100 000) with ~2 KB descriptions, for
timing `jobexplorer --import`. Deterministic (fixed seed). Usage: make-linkedin-csv.py OUT [N]"""
import csv
import random
import sys

out = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
rng = random.Random(7)
titles = ["Senior ML Infrastructure Engineer", "Data Analyst", "Staff Software Engineer, AI Infra", "AIOps Engineer",
          "MLOps Engineer", "Registered Nurse", "Junior Data Engineer", "Platform Engineer, AI/ML Infrastructure",
          "Sr. Backend Developer", "Product Manager", "Principal Data Scientist", "Customer Success Lead"]
companies = [f"Company {i}" for i in range(3000)]
places = ["San Francisco, CA", "New York, NY", "Austin, TX", "Seattle, WA", "United States", "Remote", "Berlin, Germany",
          "Boston, MA", "Chicago, IL", "Denver, CO", "Toronto, Ontario, Canada", "Texas, United States"]
levels = ["Entry level", "Associate", "Mid-Senior level", "Director", "Executive", "Internship", ""]
skills = ["Python", "Go", "C++", "Kubernetes", "k8s", "AWS", "Terraform", "Spark", "PySpark", "SQL", "R", "Docker",
          "PyTorch", "TensorFlow", "Kafka", "Snowflake", "CUDA", "Ray", "Airflow", "Prometheus", "Grafana", "Java"]
filler = ("You will collaborate with cross-functional partners to design, build and operate reliable systems. "
          "We value ownership, clear writing and kindness. Go beyond the obvious and help us grow. "
          "Our R&D group ships weekly; benefits include health insurance, 401(k) and flexible hours. ")
periods = [("YEARLY", 90_000, 250_000), ("HOURLY", 25, 95), ("MONTHLY", 4_000, 15_000), ("WEEKLY", 900, 3_000),
           ("BIWEEKLY", 2_000, 6_000)]
header = ["job_id", "company_name", "title", "description", "max_salary", "pay_period", "location", "company_id", "views",
          "med_salary", "min_salary", "formatted_work_type", "applies", "original_listed_time", "remote_allowed",
          "job_posting_url", "application_url", "application_type", "expiry", "closed_time",
          "formatted_experience_level", "skills_desc", "listed_time", "posting_domain", "sponsored", "work_type",
          "currency", "compensation_type", "normalized_salary", "zip_code", "fips"]
with open(out, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(header)
    for i in range(count):
        parts = []
        while sum(len(p) for p in parts) < 2000:
            parts.append(filler if rng.random() < 0.7 else
                         f"Experience with {rng.choice(skills)}, {rng.choice(skills)} and {rng.choice(skills)} is required.\n")
        period, low, high = rng.choice(periods)
        lo = rng.randint(low, high)
        stated = rng.random() < 0.6
        w.writerow([3_900_000_000 + i, rng.choice(companies), rng.choice(titles), "".join(parts),
                    f"{lo * 1.3:.1f}" if stated else "", period if stated else "", rng.choice(places), "", "", "",
                    f"{lo:.1f}" if stated else "", "Full-time", "", "", "1.0" if rng.random() < 0.2 else "",
                    f"https://www.linkedin.com/jobs/view/{3_900_000_000 + i}/", "", "", "", "",
                    rng.choice(levels), "", f"{1_713_000_000_000 + i * 60_000}.0", "", "", "FULL_TIME",
                    "USD" if stated else "", "BASE_SALARY" if stated else "", "", "", ""])

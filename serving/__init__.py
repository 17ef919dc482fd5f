"""The BentoML service, API schemas, the policy engine and the stores. Never imports training or monitoring."""

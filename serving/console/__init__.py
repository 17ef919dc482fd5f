"""The agent console, the analytics page and the public policy page: a Starlette app mounted on the service."""

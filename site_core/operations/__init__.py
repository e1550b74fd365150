"""What running the site on several machines needs: the load balancer's
health check, one log line per request, backups of the database and media."""

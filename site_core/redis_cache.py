"""Django's Redis cache backend, with one Redis client per connection pool.

Django's `RedisCacheClient` builds a new `redis.Redis` for every operation,
and each new client copies redis-py's table of about 170 response callbacks:
on a page that reads twenty kept values that copying cost more than the
round trips. A `redis.Redis` is safe to share between threads (each command
borrows a connection from the pool), so one per pool is kept for the
process's life."""

from django.core.cache.backends.redis import RedisCache, RedisCacheClient


class SharedClientRedisCacheClient(RedisCacheClient):
    def __init__(self, servers, **options):
        super().__init__(servers, **options)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(pool)
        if client is None:
            client = self._clients[pool] = self._client(connection_pool=pool)
        return client


class SharedClientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = SharedClientRedisCacheClient

from site_core.redis_cache import SharedClientRedisCache


def test_one_redis_client_serves_every_operation():
    cache = SharedClientRedisCache("redis://127.0.0.1:6379/14", {})
    client = cache._cache.get_client("a", write=True)
    assert cache._cache.get_client("b") is client
    assert cache._cache.get_client("c", write=True) is client


def test_each_server_keeps_its_own_client():
    cache = SharedClientRedisCache("redis://127.0.0.1:6379/14,redis://127.0.0.1:6379/15", {})
    primary, replica = cache._cache.get_client(write=True), cache._cache.get_client()
    assert primary is not replica
    assert primary.connection_pool.connection_kwargs["db"] == 14
    assert replica.connection_pool.connection_kwargs["db"] == 15

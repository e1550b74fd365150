"""A local S3 endpoint for the whole test session (moto in server mode, on a
free port) and, per test, a fresh bucket configured as the README says,
with the site's media settings pointing at it."""

import copy
import json
import uuid
from dataclasses import dataclass

import boto3
import pytest
from moto.server import ThreadedMotoServer

from site_core.settings.media import media_from_environment

REGION = "eu-west-3"


def public_renditions_policy(bucket):
    """The bucket policy of the README: anyone may read renditions, nothing else."""
    return {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": "*",
                "Action": "s3:GetObject",
                "Resource": f"arn:aws:s3:::{bucket}/images/*",
            }
        ],
    }


@dataclass
class Bucket:
    name: str
    endpoint: str
    client: object

    def keys(self):
        listing = self.client.list_objects_v2(Bucket=self.name)
        return {entry["Key"] for entry in listing.get("Contents", [])}

    def read(self, key):
        return self.client.get_object(Bucket=self.name, Key=key)["Body"].read()


@pytest.fixture(scope="session")
def s3_endpoint():
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


def make_bucket(endpoint):
    name = f"l4a-media-{uuid.uuid4().hex[:12]}"
    client = boto3.client(
        "s3", endpoint_url=endpoint, region_name=REGION, aws_access_key_id="test", aws_secret_access_key="test"
    )
    client.create_bucket(Bucket=name, CreateBucketConfiguration={"LocationConstraint": REGION})
    client.put_bucket_policy(Bucket=name, Policy=json.dumps(public_renditions_policy(name)))
    return Bucket(name, endpoint, client)


@pytest.fixture
def bucket_environment(s3_endpoint, monkeypatch):
    """The environment variables of a site whose media are in a new bucket."""
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "test")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "test")
    bucket = make_bucket(s3_endpoint)
    environment = {
        "AWS_STORAGE_BUCKET_NAME": bucket.name,
        "AWS_S3_ENDPOINT_URL": s3_endpoint,
        "AWS_S3_REGION_NAME": REGION,
    }
    return bucket, environment


def use_media(settings, environment):
    """The media settings settings/base.py derives from this environment."""
    media = media_from_environment(environment, settings.BASE_DIR)
    settings.STORAGES = {**settings.STORAGES, "default": media.storage}
    settings.WAGTAILDOCS_SERVE_METHOD = media.documents_serve_method
    policy = copy.deepcopy(settings.CONTENT_SECURITY_POLICY)
    policy["DIRECTIVES"]["img-src"].append(media.image_origin)
    settings.CONTENT_SECURITY_POLICY = policy


@pytest.fixture
def media_bucket(bucket_environment, settings):
    """The site's media in a new bucket of the local S3 endpoint."""
    bucket, environment = bucket_environment
    use_media(settings, environment)
    return bucket

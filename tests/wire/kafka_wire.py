"""A small Kafka wire-protocol codec for hand-built test requests.

Only what the wire tests need: the classic (non-flexible) request header v1,
request bodies for ApiVersions, Metadata, CreateTopics, Produce, Fetch and
ListOffsets at fixed versions, their response decoders, and record batch v2
(magic 2) with a real CRC-32C. Integers are big-endian; strings carry an
int16 length, bytes and arrays an int32 length (-1 is null).

Decoders return plain dicts and lists so that a test can compare any field.
"""

import socket
import struct

# API keys
PRODUCE = 0
FETCH = 1
LIST_OFFSETS = 2
METADATA = 3
OFFSET_COMMIT = 8
OFFSET_FETCH = 9
JOIN_GROUP = 11
SYNC_GROUP = 14
DESCRIBE_GROUPS = 15
LIST_GROUPS = 16
API_VERSIONS = 18
CREATE_TOPICS = 19
DELETE_TOPICS = 20

# Kafka error codes used by the tests
NONE = 0
OFFSET_OUT_OF_RANGE = 1
CORRUPT_MESSAGE = 2
UNKNOWN_TOPIC_OR_PARTITION = 3
MESSAGE_TOO_LARGE = 10
INVALID_TOPIC_EXCEPTION = 17
INVALID_GROUP_ID = 24
INVALID_PARTITIONS = 37
UNSUPPORTED_VERSION = 35
KAFKA_STORAGE_ERROR = 56


# --- CRC-32C (Castagnoli, reflected polynomial 0x82F63B78) -----------------

def _crc32c_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0x82F63B78 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC32C_TABLE = _crc32c_table()


def crc32c(data):
    crc = 0xFFFFFFFF
    for b in data:
        crc = _CRC32C_TABLE[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


# --- primitive encoders ----------------------------------------------------

def i8(v):
    return struct.pack(">b", v)


def i16(v):
    return struct.pack(">h", v)


def i32(v):
    return struct.pack(">i", v)


def i64(v):
    return struct.pack(">q", v)


def string(s):
    if s is None:
        return i16(-1)
    raw = s.encode() if isinstance(s, str) else s
    return i16(len(raw)) + raw


def bytes_(b):
    if b is None:
        return i32(-1)
    return i32(len(b)) + b


def array(items, encode):
    if items is None:
        return i32(-1)
    return i32(len(items)) + b"".join(encode(x) for x in items)


def varint(n):
    """Zigzag varint, as used inside records (64-bit zigzag covers both)."""
    z = (n << 1) ^ (n >> 63)
    out = bytearray()
    while True:
        byte = z & 0x7F
        z >>= 7
        if z:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def request_header(api_key, version, correlation_id, client_id="wire-test"):
    """Request header v1: key, version, correlation id, client id."""
    return i16(api_key) + i16(version) + i32(correlation_id) + \
        string(client_id)


def frame(payload):
    return i32(len(payload)) + payload


def request(api_key, version, correlation_id, body):
    return frame(request_header(api_key, version, correlation_id) + body)


# --- record batch v2 --------------------------------------------------------

def record(offset_delta, key, value, headers=(), timestamp_delta=0):
    body = i8(0) + varint(timestamp_delta) + varint(offset_delta)
    body += varint(-1) if key is None else varint(len(key)) + key
    body += varint(-1) if value is None else varint(len(value)) + value
    body += varint(len(headers))
    for name, hvalue in headers:
        raw = name.encode()
        body += varint(len(raw)) + raw
        body += varint(-1) if hvalue is None else varint(len(hvalue)) + hvalue
    return varint(len(body)) + body


def record_batch(records, base_timestamp=1_700_000_000_000, corrupt=False):
    """Build an uncompressed v2 batch from (key, value, headers) tuples.

    With corrupt=True the CRC field is flipped, so the broker must reject
    the batch with CORRUPT_MESSAGE.
    """
    encoded = b"".join(record(i, k, v, h) for i, (k, v, h) in
                       enumerate(records))
    after_crc = (i16(0) + i32(len(records) - 1) + i64(base_timestamp) +
                 i64(base_timestamp) + i64(-1) + i16(-1) + i32(-1) +
                 i32(len(records)) + encoded)
    crc = crc32c(after_crc)
    if corrupt:
        crc ^= 0xFFFFFFFF
    after_length = i32(0) + i8(2) + struct.pack(">I", crc) + after_crc
    return i64(0) + i32(len(after_length)) + after_length


def with_attributes(batch, attributes):
    """Return `batch` with its Attributes field replaced and a new CRC, so
    that only the records (not the CRC) disagree with the header."""
    patched = bytearray(batch)
    patched[21:23] = i16(attributes)
    return with_new_crc(patched)


def with_new_crc(batch):
    patched = bytearray(batch)
    patched[17:21] = struct.pack(">I", crc32c(bytes(patched[21:])))
    return bytes(patched)


class Reader:
    """Sequential decoder over one response body."""

    def __init__(self, data):
        self.data = data
        self.pos = 0

    def take(self, n):
        if self.pos + n > len(self.data):
            raise ValueError(f"response truncated: need {n} bytes at "
                             f"{self.pos}, have {len(self.data)}")
        chunk = self.data[self.pos:self.pos + n]
        self.pos += n
        return chunk

    def unpack(self, fmt):
        size = struct.calcsize(fmt)
        return struct.unpack(fmt, self.take(size))[0]

    def i8(self):
        return self.unpack(">b")

    def i16(self):
        return self.unpack(">h")

    def i32(self):
        return self.unpack(">i")

    def u32(self):
        return self.unpack(">I")

    def i64(self):
        return self.unpack(">q")

    def bool(self):
        return self.i8() != 0

    def string(self):
        n = self.i16()
        return None if n < 0 else self.take(n).decode()

    def bytes(self):
        n = self.i32()
        return None if n < 0 else self.take(n)

    def array(self, decode):
        n = self.i32()
        return None if n < 0 else [decode(self) for _ in range(n)]

    def varint(self):
        shift = 0
        z = 0
        while True:
            byte = self.take(1)[0]
            z |= (byte & 0x7F) << shift
            shift += 7
            if not byte & 0x80:
                return (z >> 1) ^ -(z & 1)

    def done(self):
        return self.pos == len(self.data)


def parse_records(blob):
    """Decode the record batches in a Fetch response's records field.

    Returns (offset, key, value, headers) tuples and checks each batch's
    CRC. A partial batch at the end is dropped, as clients do.
    """
    out = []
    r = Reader(blob or b"")
    while len(r.data) - r.pos >= 61:
        base_offset = r.i64()
        length = r.i32()
        if len(r.data) - r.pos < length:
            break
        batch = Reader(r.take(length))
        batch.i32()  # partition leader epoch
        magic = batch.i8()
        if magic != 2:
            raise ValueError(f"batch at offset {base_offset}: magic {magic}")
        crc = batch.u32()
        if crc32c(batch.data[batch.pos:]) != crc:
            raise ValueError(f"batch at offset {base_offset}: bad CRC")
        attributes = batch.i16()
        if attributes & 0x07:
            raise ValueError(f"batch at offset {base_offset} is compressed")
        batch.take(4 + 8 + 8 + 8 + 2 + 4)
        for _ in range(batch.i32()):
            out.append(parse_record(batch, base_offset))
    return out


def parse_record(batch, base_offset):
    rec = Reader(batch.take(batch.varint()))
    rec.i8()  # attributes
    rec.varint()  # timestamp delta
    offset = base_offset + rec.varint()
    n = rec.varint()
    key = None if n < 0 else rec.take(n)
    n = rec.varint()
    value = None if n < 0 else rec.take(n)
    headers = []
    for _ in range(rec.varint()):
        name = rec.take(rec.varint()).decode()
        n = rec.varint()
        headers.append((name, None if n < 0 else rec.take(n)))
    return offset, key, value, headers


# --- request bodies --------------------------------------------------------

def metadata_v1(topics):
    return array(topics, string)


def metadata_v4(topics, allow_auto_create):
    return array(topics, string) + i8(1 if allow_auto_create else 0)


def create_topics_v0(topics, partitions=1, timeout_ms=10_000):
    def topic(name):
        return (string(name) + i32(partitions) + i16(1) +
                array([], None) + array([], None))
    return array(topics, topic) + i32(timeout_ms)


def produce_v3(topic, partition, batch, acks=-1, timeout_ms=10_000):
    return produce_v3_partitions(topic, [(partition, batch)], acks,
                                 timeout_ms)


def produce_v3_partitions(topic, batches, acks=-1, timeout_ms=10_000):
    """Produce v3 with one (partition, batch) entry per element."""
    parts = [i32(partition) + bytes_(batch) for partition, batch in batches]
    return (string(None) + i16(acks) + i32(timeout_ms) +
            array([topic], lambda t: string(t) + array(parts, lambda p: p)))


def fetch_v4(topic, partition, offset, max_bytes=1 << 20, max_wait_ms=100,
             min_bytes=1):
    part = i32(partition) + i64(offset) + i32(max_bytes)
    return (i32(-1) + i32(max_wait_ms) + i32(min_bytes) + i32(max_bytes) +
            i8(0) + array([topic], lambda t: string(t) +
                          array([part], lambda p: p)))


def fetch_v4_limits(topic, partition, offset, response_max_bytes,
                    partition_max_bytes, max_wait_ms=100, min_bytes=1):
    """Fetch v4 with separate response and partition byte limits."""
    part = i32(partition) + i64(offset) + i32(partition_max_bytes)
    return (i32(-1) + i32(max_wait_ms) + i32(min_bytes) +
            i32(response_max_bytes) + i8(0) +
            array([topic], lambda t: string(t) + array([part], lambda p: p)))


def delete_topics_v0(topics, timeout_ms=10_000):
    return array(topics, string) + i32(timeout_ms)


def list_offsets_v1(topic, partition, timestamp):
    part = i32(partition) + i64(timestamp)
    return i32(-1) + array([topic], lambda t: string(t) +
                           array([part], lambda p: p))


# --- response decoders -----------------------------------------------------

def offset_commit_v2(group_id, topic, offsets, metadata=""):
    """A commit outside any generation (-1), as a standalone consumer makes:
    `offsets` maps partition to offset. group_id and metadata may be
    bytes."""
    def partition(item):
        return i32(item[0]) + i64(item[1]) + string(metadata)

    return (string(group_id) + i32(-1) + string("") + i64(-1) +
            array([topic], lambda t: string(t) +
                  array(sorted(offsets.items()), partition)))


def join_group_v0(group_id, member_id=b""):
    """A consumer joining with one protocol, "range", and empty metadata."""
    return (string(group_id) + i32(10_000) + string(member_id) +
            string("consumer") +
            array(["range"], lambda name: string(name) + bytes_(b"")))


def sync_group_v0(group_id, generation_id, member_id):
    """The leader's SyncGroup, assigning itself nothing."""
    return (string(group_id) + i32(generation_id) + string(member_id) +
            array([member_id], lambda m: string(m) + bytes_(b"")))


def decode_join_group_v0(body):
    """Member ids are returned as bytes: they hold the client id."""
    r = Reader(body)
    return {"error_code": r.i16(), "generation_id": r.i32(),
            "protocol_name": r.string(), "leader": r.take(r.i16()),
            "member_id": r.take(r.i16()),
            "members": r.array(lambda x: (x.take(x.i16()), x.bytes()))}


def decode_sync_group_v0(body):
    r = Reader(body)
    return {"error_code": r.i16(), "assignment": r.bytes()}


def offset_fetch_v1(group_id, topic, partitions):
    return string(group_id) + array([topic], lambda t: string(t) +
                                    array(partitions, i32))


def decode_offset_fetch_v1(body):
    r = Reader(body)
    return r.array(lambda x: {"name": x.string(), "partitions": x.array(
        lambda y: {"partition": y.i32(), "offset": y.i64(),
                   "metadata": y.take(y.i16()), "error_code": y.i16()})})


def describe_groups_v0(group_ids):
    return array(group_ids, string)


def decode_offset_commit_v2(body):
    r = Reader(body)
    return r.array(lambda x: {"name": x.string(), "partitions": x.array(
        lambda y: {"partition": y.i32(), "error_code": y.i16()})})


def decode_describe_groups_v0(body):
    r = Reader(body)

    def member(x):
        return {"member_id": x.string(), "client_id": x.string(),
                "client_host": x.string(), "metadata": x.bytes(),
                "assignment": x.bytes()}

    return r.array(lambda x: {"error_code": x.i16(), "group_id": x.take(
        x.i16()), "state": x.string(), "protocol_type": x.string(),
        "protocol_data": x.string(), "members": x.array(member)})


def decode_list_groups_v0(body):
    r = Reader(body)
    error_code = r.i16()
    groups = r.array(lambda x: {"group_id": x.take(x.i16()),
                                "protocol_type": x.string()})
    return {"error_code": error_code, "groups": groups}


def decode_api_versions_v0(body):
    r = Reader(body)
    result = {"error_code": r.i16(),
              "api_keys": r.array(lambda x: (x.i16(), x.i16(), x.i16()))}
    result["trailing_bytes"] = len(r.data) - r.pos
    return result


def decode_metadata_v0(body):
    r = Reader(body)
    brokers = r.array(lambda x: {"node_id": x.i32(), "host": x.string(),
                                 "port": x.i32()})

    def partition(x):
        return {"error_code": x.i16(), "partition": x.i32(),
                "leader": x.i32(), "replicas": x.array(Reader.i32),
                "isr": x.array(Reader.i32)}

    def topic(x):
        return {"error_code": x.i16(), "name": x.string(),
                "partitions": x.array(partition)}

    return {"brokers": brokers, "topics": r.array(topic)}


def decode_metadata_v1(body):
    r = Reader(body)
    brokers = r.array(lambda x: {"node_id": x.i32(), "host": x.string(),
                                 "port": x.i32(), "rack": x.string()})
    controller = r.i32()

    def partition(x):
        return {"error_code": x.i16(), "partition": x.i32(),
                "leader": x.i32(), "replicas": x.array(Reader.i32),
                "isr": x.array(Reader.i32)}

    def topic(x):
        return {"error_code": x.i16(), "name": x.string(),
                "internal": x.bool(), "partitions": x.array(partition)}

    return {"brokers": brokers, "controller_id": controller,
            "topics": r.array(topic)}


def decode_metadata_v4(body):
    r = Reader(body)
    r.i32()  # throttle time
    brokers = r.array(lambda x: {"node_id": x.i32(), "host": x.string(),
                                 "port": x.i32(), "rack": x.string()})
    cluster_id = r.string()
    controller = r.i32()

    def partition(x):
        return {"error_code": x.i16(), "partition": x.i32(),
                "leader": x.i32(), "replicas": x.array(Reader.i32),
                "isr": x.array(Reader.i32)}

    def topic(x):
        return {"error_code": x.i16(), "name": x.string(),
                "internal": x.bool(), "partitions": x.array(partition)}

    return {"brokers": brokers, "cluster_id": cluster_id,
            "controller_id": controller, "topics": r.array(topic)}


def decode_create_topics_v0(body):
    r = Reader(body)
    return r.array(lambda x: {"name": x.string(), "error_code": x.i16()})


def decode_produce_v3(body):
    r = Reader(body)

    def partition(x):
        return {"partition": x.i32(), "error_code": x.i16(),
                "base_offset": x.i64(), "log_append_time": x.i64()}

    topics = r.array(lambda x: {"name": x.string(),
                                "partitions": x.array(partition)})
    return {"topics": topics, "throttle_time_ms": r.i32()}


def decode_fetch_v4(body):
    r = Reader(body)
    throttle = r.i32()

    def partition(x):
        return {"partition": x.i32(), "error_code": x.i16(),
                "high_watermark": x.i64(), "last_stable_offset": x.i64(),
                "aborted": x.array(lambda y: (y.i64(), y.i64())),
                "records": x.bytes()}

    topics = r.array(lambda x: {"name": x.string(),
                                "partitions": x.array(partition)})
    return {"throttle_time_ms": throttle, "topics": topics}


def decode_list_offsets_v1(body):
    r = Reader(body)

    def partition(x):
        return {"partition": x.i32(), "error_code": x.i16(),
                "timestamp": x.i64(), "offset": x.i64()}

    return r.array(lambda x: {"name": x.string(),
                              "partitions": x.array(partition)})


# --- connection -------------------------------------------------------------

class Connection:
    """One TCP connection that sends frames and reads responses in order."""

    def __init__(self, port, timeout=10.0):
        self.sock = socket.create_connection(("127.0.0.1", port),
                                             timeout=timeout)
        self.next_id = 1

    def close(self):
        self.sock.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def send_raw(self, data):
        self.sock.sendall(data)

    def send(self, api_key, version, body):
        """Send one request and return its correlation id."""
        correlation_id = self.next_id
        self.next_id += 1
        self.send_raw(request(api_key, version, correlation_id, body))
        return correlation_id

    def recv_exact(self, n):
        chunks = []
        while n:
            chunk = self.sock.recv(n)
            if not chunk:
                raise ConnectionError("connection closed by the broker")
            chunks.append(chunk)
            n -= len(chunk)
        return b"".join(chunks)

    def recv(self):
        """Read one response; return (correlation id, body after header)."""
        size = struct.unpack(">i", self.recv_exact(4))[0]
        payload = self.recv_exact(size)
        return struct.unpack(">i", payload[:4])[0], payload[4:]

    def call(self, api_key, version, body):
        correlation_id = self.send(api_key, version, body)
        got, response = self.recv()
        if got != correlation_id:
            raise AssertionError(f"response correlation id {got}, "
                                 f"expected {correlation_id}")
        return response

    def closed_by_peer(self, wait=5.0):
        """True when the broker closes the connection within `wait` seconds
        without sending anything more."""
        self.sock.settimeout(wait)
        try:
            data = self.sock.recv(1)
        except socket.timeout:
            return False
        except ConnectionResetError:
            return True
        return data == b""

// Drive a herald broker with kafkajs 2.2.4. The script creates a topic with
// the admin client and checks it with listTopics and fetchTopicMetadata.
// It runs createPartitions, describeConfigs and deleteTopics on a second one.
// It then produces keyed messages with headers and writes each one, with
// the partition and offset it got, as a JSON line to the output file.
// Another client reads the topic back and compares (../kafkajs_roundtrip.py).
//
// usage: node produce.js HOST:PORT TOPIC PARTITIONS MESSAGES OUTPUT_FILE

'use strict';

const fs = require('fs');
const {
    ConfigResourceTypes, Kafka, Partitioners, logLevel,
} = require('kafkajs');

const BATCH = 100;

function fail(message) {
    console.error(`FAIL: ${message}`);
    process.exit(1);
}

function makeMessage(i) {
    const binary = Buffer.alloc(8);
    binary.writeBigUInt64BE(BigInt(i) * 0x9e3779b97f4a7c15n % (1n << 64n));
    return {
        key: `account-${i % 97}`,
        value: JSON.stringify({ seq: i, body: 'x'.repeat(i % 50) }),
        headers: {
            'trace-id': `t-${i.toString(16)}`,
            'binary': binary,
        },
    };
}

async function checkAdmin(admin, topic, partitions) {
    const created = await admin.createTopics({
        topics: [{ topic, numPartitions: partitions, replicationFactor: 1 }],
        waitForLeaders: true,
    });
    if (created !== true) {
        fail(`createTopics returned ${created} for a new topic`);
    }

    const topics = await admin.listTopics();
    if (!topics.includes(topic)) {
        fail(`listTopics does not include ${topic}: ${topics}`);
    }

    const meta = await admin.fetchTopicMetadata({ topics: [topic] });
    if (meta.topics.length !== 1 || meta.topics[0].name !== topic) {
        fail(`fetchTopicMetadata: ${JSON.stringify(meta)}`);
    }
    const ids = meta.topics[0].partitions.map((p) => p.partitionId).sort();
    if (ids.length !== partitions || ids.some((id, i) => id !== i)) {
        fail(`fetchTopicMetadata partitions: ${JSON.stringify(ids)}`);
    }
    for (const p of meta.topics[0].partitions) {
        if (p.partitionErrorCode !== 0 || p.leader < 0) {
            fail(`partition ${p.partitionId}: ${JSON.stringify(p)}`);
        }
    }
    console.log(`admin: created ${topic}, ${partitions} partitions listed`);
}

async function partitionCount(admin, topic) {
    const meta = await admin.fetchTopicMetadata({ topics: [topic] });
    return meta.topics[0].partitions.length;
}

// Grows a scratch topic with createPartitions, reads its configuration with
// describeConfigs, then deletes it with deleteTopics.
async function checkAdminLifecycle(admin, topic) {
    await admin.createTopics({
        topics: [{ topic, numPartitions: 1, replicationFactor: 1,
                   configEntries: [{ name: 'retention.ms',
                                     value: '3600000' }] }],
        waitForLeaders: true,
    });
    await admin.createPartitions({ topicPartitions: [{ topic, count: 4 }] });
    const grown = await partitionCount(admin, topic);
    if (grown !== 4) {
        fail(`${topic} has ${grown} partitions after createPartitions(4)`);
    }

    const described = await admin.describeConfigs({
        resources: [{ type: ConfigResourceTypes.TOPIC, name: topic,
                      configNames: ['retention.ms'] }],
        includeSynonyms: false,
    });
    const resource = described.resources[0];
    if (resource.errorCode !== 0) {
        fail(`describeConfigs ${topic}: error ${resource.errorCode}`);
    }
    const retention = resource.configEntries.find(
        (e) => e.configName === 'retention.ms');
    if (!retention || retention.configValue !== '3600000') {
        fail(`describeConfigs ${topic}: retention.ms is ` +
             `${JSON.stringify(retention)}, expected 3600000`);
    }

    await admin.deleteTopics({ topics: [topic] });
    const topics = await admin.listTopics();
    if (topics.includes(topic)) {
        fail(`listTopics still includes ${topic} after deleteTopics`);
    }
    console.log(`admin: ${topic} grown to 4 partitions, described, deleted`);
}

// Sends the messages in batches of BATCH, one batch at a time, so that the
// messages of each partition are written in the order they were generated.
async function produceAll(producer, topic, count, out) {
    const started = process.hrtime.bigint();
    for (let first = 0; first < count; first += BATCH) {
        const messages = [];
        for (let i = first; i < Math.min(first + BATCH, count); i++) {
            messages.push(makeMessage(i));
        }
        const results = await producer.send({ topic, messages, acks: -1 });
        const next = new Map();
        for (const r of results) {
            if (r.errorCode !== 0) {
                fail(`partition ${r.partition}: error ${r.errorCode}`);
            }
            next.set(r.partition, BigInt(r.baseOffset));
        }
        // kafkajs reports one base offset per partition; messages of a
        // partition within a batch take consecutive offsets from it.
        for (const m of messages) {
            const partition = producer.partitionOf(m.key);
            const offset = next.get(partition);
            if (offset === undefined) {
                fail(`no result for partition ${partition}`);
            }
            next.set(partition, offset + 1n);
            out.write(JSON.stringify({
                partition,
                offset: offset.toString(),
                key: m.key,
                value: m.value,
                headers: {
                    'trace-id': m.headers['trace-id'],
                    'binary': m.headers.binary.toString('hex'),
                },
            }) + '\n');
        }
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    console.log(`kafkajs produce: ${count} messages in ` +
                `${seconds.toFixed(2)} s (${Math.round(count / seconds)} ` +
                'msg/s)');
}

async function main() {
    const [bootstrap, topic, partitionsArg, countArg, outPath] =
        process.argv.slice(2);
    if (!outPath) {
        fail('usage: node produce.js HOST:PORT TOPIC PARTITIONS MESSAGES ' +
             'OUTPUT_FILE');
    }
    const partitions = Number(partitionsArg);
    const count = Number(countArg);

    const kafka = new Kafka({
        clientId: 'herald-kafkajs-test',
        brokers: [bootstrap],
        logLevel: logLevel.WARN,
        retry: { retries: 3 },
    });
    const admin = kafka.admin();
    await admin.connect();
    await checkAdmin(admin, topic, partitions);
    await checkAdminLifecycle(admin, `${topic}.scratch`);
    await admin.disconnect();

    const partitionerFactory = Partitioners.DefaultPartitioner;
    const partitionFor = partitionerFactory();
    const producer = kafka.producer({ createPartitioner: partitionerFactory });
    // Applies the producer's partitioner to a key, which tells the script
    // the partition each message went to.
    producer.partitionOf = (key) => partitionFor({
        topic,
        partitionMetadata: Array.from({ length: partitions },
                                      (_, i) => ({ partitionId: i })),
        message: { key },
    });
    await producer.connect();
    const out = fs.createWriteStream(outPath);
    await produceAll(producer, topic, count, out);
    await new Promise((resolve) => out.end(resolve));
    await producer.disconnect();
}

main().catch((err) => fail(err.stack || String(err)));

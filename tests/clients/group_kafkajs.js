// Two kafkajs consumers in one group share a 4-partition topic; when one
// leaves (disconnect sends LeaveGroup), the other takes over its
// partitions and consumes everything produced afterwards.
//
// Run under harness.py, which sets HERALD_BOOTSTRAP. Needs `npm ci` in
// tests/clients/kafkajs; exits 77 (skipped) without it.
'use strict';

const path = require('path');

let Kafka, logLevel;
try {
  ({ Kafka, logLevel } = require(path.join(__dirname, 'kafkajs',
                                           'node_modules', 'kafkajs')));
} catch (err) {
  console.log('SKIP: kafkajs is not installed; run npm ci in ' +
              path.join(__dirname, 'kafkajs'));
  process.exit(77);
}

const TOPIC = 'group.kafkajs';
const PARTITIONS = 4;
const BATCH = 400;
const DEADLINE_MS = 120000;

const kafka = new Kafka({ clientId: 'group-kafkajs',
                          brokers: [process.env.HERALD_BOOTSTRAP],
                          logLevel: logLevel.NOTHING });

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function until(what, check) {
  const deadline = Date.now() + DEADLINE_MS;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

function member(name, received) {
  const consumer = kafka.consumer({ groupId: 'kafkajs-group',
                                    sessionTimeout: 10000,
                                    heartbeatInterval: 500 });
  const state = { name, consumer, partitions: [] };
  consumer.on(consumer.events.GROUP_JOIN, (e) => {
    state.partitions = (e.payload.memberAssignment[TOPIC] || []).slice();
  });
  state.start = async () => {
    await consumer.connect();
    await consumer.subscribe({ topic: TOPIC, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ partition, message }) => {
        const value = Number(message.value.toString());
        received.push({ who: name, partition, value });
      },
    });
  };
  return state;
}

async function produce(first, count) {
  const producer = kafka.producer();
  await producer.connect();
  const messages = [];
  for (let i = first; i < first + count; i++)
    messages.push({ partition: i % PARTITIONS, value: String(i) });
  await producer.send({ topic: TOPIC, messages });
  await producer.disconnect();
}

async function main() {
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic: TOPIC,
                                        numPartitions: PARTITIONS }] });
  await admin.disconnect();

  const received = [];
  const a = member('a', received);
  const b = member('b', received);
  await a.start();
  await b.start();
  await until('both members to hold partitions', () =>
    a.partitions.length > 0 && b.partitions.length > 0 &&
    a.partitions.length + b.partitions.length === PARTITIONS);

  await produce(0, BATCH);
  await until('the first batch', () => received.length >= BATCH);
  const byB = received.filter((r) => r.who === 'b').length;
  if (byB === 0) throw new Error('member b consumed nothing');
  const bPartitions = b.partitions.slice();

  await b.consumer.disconnect();
  await until('member a to take over every partition', () =>
    a.partitions.length === PARTITIONS);
  await produce(BATCH, BATCH);
  await until('the second batch', () =>
    new Set(received.map((r) => r.value)).size >= 2 * BATCH);
  await a.consumer.disconnect();

  const late = received.filter((r) => r.value >= BATCH);
  for (const r of late) {
    if (r.who !== 'a') throw new Error(`message ${r.value} went to ${r.who}`);
  }
  const taken = late.filter((r) => bPartitions.includes(r.partition)).length;
  if (taken !== BATCH / PARTITIONS * bPartitions.length)
    throw new Error(`a consumed ${taken} messages of b's partitions`);
  const values = new Set(received.map((r) => r.value));
  for (let i = 0; i < 2 * BATCH; i++) {
    if (!values.has(i)) throw new Error(`message ${i} never consumed`);
  }
  console.log(`kafkajs group: OK (b had partitions ${bPartitions}, ` +
              `a took over ${taken} messages)`);
}

main().then(() => process.exit(0), (err) => {
  console.error('FAIL:', err);
  process.exit(1);
});

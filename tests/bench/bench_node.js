// Node side of the token benchmark: Twilio's own `twilio` helper (AccessToken#toJwt) for build and
// `jsonwebtoken` for decode / verify, on the same voice_full token shape as bench_token.
//   NODE_PATH=tests/node/node_modules node tests/bench/bench_node.js [--tokens N] [--runs R] [--json]
"use strict";

const twilio = require("twilio");
const jwt = require("jsonwebtoken");

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? Number(args[i + 1]) : fallback;
};
const tokens = option("--tokens", 10000);
const runs = option("--runs", 3);
const json = args.includes("--json");

const ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";
const API_KEY_SID = "SKfedcba9876543210fedcba9876543210";
const API_SECRET = "Xq3ZtD7hK9mB2vR5nW8yL1pC4fG6jH0s";
const { AccessToken } = twilio.jwt;

function buildOne(identity) {
  const token = new AccessToken(ACCOUNT_SID, API_KEY_SID, API_SECRET, { identity, ttl: 3600 });
  token.addGrant(new AccessToken.VoiceGrant({
    incomingAllow: true,
    outgoingApplicationSid: "AP00112233445566778899aabbccddeeff",
    outgoingApplicationParams: { agent: "alice", queue: "support" },
    pushCredentialSid: "CR00112233445566778899aabbccddeeff",
    endpointId: "alice-desktop-01",
  }));
  return token.toJwt();
}

function microsPerItem(count, work) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < count; ++i) work(i);
  return Number(process.hrtime.bigint() - start) / 1000 / count;
}

const median = (v) => {
  const s = [...v].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const identities = Array.from({ length: tokens }, (_, i) => `user_${i}`);
const made = new Array(tokens);
const build = [], verify = [], decode = [];
const now = Math.floor(Date.now() / 1000);
let failures = 0;
// One untimed warm-up pass so the JIT has compiled the paths being measured.
for (let i = 0; i < Math.min(tokens, 2000); ++i) jwt.verify(buildOne(identities[i]), API_SECRET, { algorithms: ["HS256"] });
for (let r = 0; r < runs; ++r) {
  build.push(microsPerItem(tokens, (i) => { made[i] = buildOne(identities[i]); }));
  verify.push(microsPerItem(tokens, (i) => {
    const claims = jwt.verify(made[i], API_SECRET, { algorithms: ["HS256"], clockTimestamp: now + 1 });
    if (!claims.grants) ++failures;
  }));
  decode.push(microsPerItem(tokens, (i) => { if (!jwt.decode(made[i], { complete: true })) ++failures; }));
}
if (failures) {
  console.error(`bench_node: ${failures} operations failed`);
  process.exit(1);
}
const result = { tokens, runs, verify_us: median(verify), decode_us: median(decode), build_us: median(build) };
if (json) {
  console.log(JSON.stringify(result));
} else {
  console.log(`node     jsonwebtoken.verify        ${result.verify_us.toFixed(2).padStart(8)} us/token`);
  console.log(`node     jsonwebtoken.decode        ${result.decode_us.toFixed(2).padStart(8)} us/token`);
  console.log(`node     twilio AccessToken.toJwt   ${result.build_us.toFixed(2).padStart(8)} us/token`);
  console.log(`(median of ${runs} runs over ${tokens} tokens; twilio ${require("twilio/package.json").version}, ` +
    `jsonwebtoken ${require("jsonwebtoken/package.json").version}, node ${process.version})`);
}

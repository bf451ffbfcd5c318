// A grammY webhook bot of Anxin's shape, the peer in bench/run.sh. Like Anxin it answers a webhook call only once
// the turn is durable: in one SQLite transaction (WAL, synchronous=FULL, so an fsync per commit) it dedupes by
// update_id, loads the chat's state, steps, and stores the state and the answer; then it sends the answer through the
// Bot API in order per chat (a pressed button is acknowledged and its keyboard cleared first), recording each part
// sent. It speaks the same zh-CN sentences and buttons for the steps the benchmark walks, with callback data in
// Anxin's form (1|key|position). What it does not do: read typed words with a language model, seal state with
// AES-GCM, draw the plan's chart, rate-limit chats, convert to traditional characters.
// Node runs one turn at a time (better-sqlite3 is synchronous), so turns are in order per chat by construction.
"use strict";

const http = require("node:http");
const Database = require("better-sqlite3");
const { Bot, webhookCallback } = require("grammy");

const env = (name, fallback) => process.env[name] ?? fallback;
const port = Number(env("PORT", "8090"));
const db = new Database(env("DB_PATH", "peer.db"));
db.pragma("journal_mode = WAL");
db.pragma("synchronous = FULL");
db.exec(`
  CREATE TABLE IF NOT EXISTS conversation (chat_id INTEGER PRIMARY KEY, state TEXT NOT NULL, version INTEGER NOT NULL);
  CREATE TABLE IF NOT EXISTS processed (update_id INTEGER PRIMARY KEY, chat_id INTEGER NOT NULL, answer TEXT NOT NULL,
    parts_sent INTEGER NOT NULL DEFAULT 0, at INTEGER NOT NULL);`);
const load = db.prepare("SELECT state, version FROM conversation WHERE chat_id = ?");
const save = db.prepare(`INSERT INTO conversation (chat_id, state, version) VALUES (?, ?, 1)
  ON CONFLICT (chat_id) DO UPDATE SET state = excluded.state, version = conversation.version + 1`);
const seen = db.prepare("SELECT answer FROM processed WHERE update_id = ?");
const remember = db.prepare("INSERT INTO processed (update_id, chat_id, answer, at) VALUES (?, ?, ?, ?)");
const delivered = db.prepare("UPDATE processed SET parts_sent = ? WHERE update_id = ?");

const T = {
  notice: "开始前说一声：你的回答、证据和信件会加密保存，只有你能看；90 天不用就自动删除，也可以随时删除。",
  ask: "同意后就开始。如果现在有危险，请打 110；想伤害自己时，可以打心理援助热线 12356。",
  welcome: "你好，我是安心。被催收的压力很大，你愿意来这里，已经很不容易了。我会一步一步陪着你。",
  notAdvice: "我提供的是一般信息和自助工具，不是法律意见。重要的决定，可以再问问律师或法律援助。",
  menu: "你现在最想先做哪一件事？如果一下子说不清，就点第一项，告诉我正在发生什么。",
  intro: "协商之前，先把自己的情况算清楚。我会问两个数字。",
  askOwed: "你现在欠这家放贷方大约多少钱？（例如：35000、3万5）",
  askMonthly: "扣掉房租、吃饭、交通这些必须的开销后，你每个月大约能拿出多少来还？（例如：1500）不好估的话，可以点“帮我算一算”。",
  money: "请输入金额，例如 35000、3万5 或 1.2w。",
  summary: "好的。你大约欠 {owed} 元，每个月大约能还 {monthly} 元。",
  options: "如果不再算新的利息，按期数平均分，每期大约是：\n{options}",
  nextSteps: "你可以拿着这两个数字，向放贷方申请分期还款。协商的结果，请一定要对方以书面形式确认。",
  breathe: "先停一下。慢慢吸气，数到四；再慢慢呼气，数到六。这样做三次。",
  askSafe: "你现在安全吗？（回复“是”或“否”）",
  limits: ["好。你要知道：催收是有规矩的，不是他们想怎样就怎样。",
    "晚上10点到早上8点，没有你的同意，不应该催收。电话也不能没完没了，每天打给你的次数是有限制的。"],
  notAllowed: ["他们应该只找你本人。只有联系不上你时，才可以请别人转告，而且不能说出你欠钱。",
    "他们不能威胁你，不能辱骂你，也不能冒充警察、法院或政府的人。"],
  fake: ["他们不能编造后果来吓你，比如假的“已立案”“上门拘捕”“黑名单”。",
    "他们不能让你交额外的费用，也不能劝你去别的平台借钱来还。"],
  urgent: "如果你现在有危险，请马上打 110；想伤害自己时，可以打心理援助热线 12356。",
  guess: "我想确认一下，你是想……？",
  stale: "这是之前的问题的按钮。请看最新的消息，或者发“菜单”。",
};
const MENU = ["说说我现在遇到的情况", "先让自己平静下来", "准备和放贷方协商还款", "保存证据", "投诉暴力催收",
  "保护隐私，别牵连家人", "找法律帮助", "紧急求助", "帮我写投诉信或协商函", "检查一条催收信息",
  "常见情况：法院的信、家人被打电话、征信……"];
const URGENT_KEY = "8";

/** A message with buttons: one per row, urgent help first, data as Anxin makes it. */
function ask(text, position, labels, urgentKey) {
  const keys = labels.map((label, i) => String(i + 1));
  const order = urgentKey ? [urgentKey, ...keys.filter((k) => k !== urgentKey)] : keys;
  const rows = order.map((k) => [{ text: labels[Number(k) - 1], callback_data: `1|${k}|${position}` }]);
  return { text, reply_markup: { inline_keyboard: rows } };
}

const say = (text) => ({ text });
const consent = () => [say(T.notice), ask(T.ask, "consent:notice", ["我同意，开始吧", "先看详细说明", "我不同意", "紧急求助"], "4")];
const menu = () => ask(T.menu, "start:menu", MENU, URGENT_KEY);
const offer = () => ask(T.guess, "start:menu", ["准备和放贷方协商还款", "帮我写投诉信或协商函", "没逾期或已还清，还被催", "都不是"]);
const goOn = (texts, position) => [say(texts[0]), ask(texts[1], position, ["接着说", "回到主菜单"])];

/** 35000, 3万5, 8千, 2.6万, 1.2w as a number of yuan, or null. */
function amount(text) {
  const m = /^(\d+(?:\.\d+)?)\s*(万|w|W|千|k|K)?(\d)?$/.exec(text.trim());
  if (!m) return null;
  const unit = m[2] ? ("万wW".includes(m[2]) ? 10000 : 1000) : 1;
  const value = Number(m[1]) * unit + (m[3] ? Number(m[3]) * unit / 10 : 0);
  return Number.isFinite(value) && value > 0 ? Math.round(value) : null;
}

function plan(owed, monthly) {
  const options = [12, 24, 36, 60].map((n) => {
    const each = Math.round(owed / n);
    return `${n} 期：每期约 ${each} 元（${each <= monthly ? "在你的预算内" : "超出你的预算"}）`;
  });
  return [say(T.summary.replace("{owed}", owed).replace("{monthly}", monthly)),
    say(T.options.replace("{options}", options.join("\n"))),
    ask(T.nextSteps, "negotiate:summary", ["接着看怎么和放贷方谈", "回到主菜单", "看看分期方案和电话里怎么谈", "写一封分期还款协商申请"])];
}

/** One step of the conversation: the state after it and the replies, for typed text or a pressed button. */
function step(state, input) {
  if (!state.agreed && !(input.pick && input.pick.position === "consent:notice")) {
    return [state, consent()];
  }
  if (input.text === "/start" || input.text === "菜单") {
    return [{ ...state, at: "start:menu" }, [say(T.welcome), say(T.notAdvice), menu()]];
  }
  if (input.pick && input.pick.position !== state.at) {
    return [state, [say(T.stale)]];
  }
  const key = input.pick ? input.pick.key : null;
  switch (state.at) {
    case "consent:notice":
      if (key === "1") return [{ ...state, agreed: true, at: "start:menu" }, [say(T.welcome), say(T.notAdvice), menu()]];
      if (key === "4") return [state, [say(T.urgent)]];
      return [state, consent()];
    case "start:menu":
      // Words typed at the menu: the peer has no model, a few words stand for it; it offers what they may mean.
      if (input.text && /商量|协商|分期/.test(input.text)) return [{ ...state, offer: true }, [offer()]];
      if (state.offer && key === "1") return [{ ...state, offer: false, at: "negotiate:owed" }, [say(T.intro), say(T.askOwed)]];
      if (key === "3") return [{ ...state, offer: false, at: "negotiate:owed" }, [say(T.intro), say(T.askOwed)]];
      if (key === "2") return [{ ...state, at: "calm:safe" }, [say(T.breathe), ask(T.askSafe, "calm:safe", ["是", "否"])]];
      return [state, [menu()]];
    case "negotiate:owed": {
      const owed = input.text ? amount(input.text) : null;
      if (owed === null) return [state, [say(T.money)]];
      return [{ ...state, owed, at: "negotiate:monthly" }, [ask(T.askMonthly, "negotiate:monthly", ["帮我算一算"])]];
    }
    case "negotiate:monthly": {
      const monthly = input.text ? amount(input.text) : null;
      if (monthly === null) return [state, [say(T.money)]];
      return [{ ...state, monthly, at: "negotiate:summary" }, plan(state.owed, monthly)];
    }
    case "calm:safe":
      if (key === "1" || input.text === "是") return [{ ...state, at: "calm:limits" }, goOn(T.limits, "calm:limits")];
      return [{ ...state, at: "start:menu" }, [say(T.urgent), menu()]];
    case "calm:limits":
    case "calm:not_allowed":
    case "calm:fake":
    case "negotiate:summary":
      if (key === "1" && state.at === "calm:limits") return [{ ...state, at: "calm:not_allowed" }, goOn(T.notAllowed, "calm:not_allowed")];
      if (key === "1" && state.at === "calm:not_allowed") return [{ ...state, at: "calm:fake" }, goOn(T.fake, "calm:fake")];
      if (key === "2") return [{ ...state, at: "start:menu" }, [menu()]];
      return [state, [say(T.stale)]];
    default:
      return [{ ...state, at: "start:menu" }, [menu()]];
  }
}

/** The turn, in one transaction: dedupe, load, step, store. Returns the answer and whether it is new. */
const turn = db.transaction((updateId, chatId, input) => {
  const earlier = seen.get(updateId);
  if (earlier) return { answer: JSON.parse(earlier.answer), fresh: false };
  const row = load.get(chatId);
  const [next, replies] = step(row ? JSON.parse(row.state) : { at: "consent:notice", agreed: false }, input);
  save.run(chatId, JSON.stringify(next));
  remember.run(updateId, chatId, JSON.stringify(replies), Date.now());
  return { answer: replies, fresh: true };
});

/** Sends in order per chat: each chat's tasks run one after another, chats side by side. */
const lines = new Map();
function inOrder(chatId, task) {
  const tail = (lines.get(chatId) ?? Promise.resolve()).then(task).catch((e) => console.error("send failed:", e.message));
  lines.set(chatId, tail);
  tail.then(() => { if (lines.get(chatId) === tail) lines.delete(chatId); });
}

const bot = new Bot(env("BOT_TOKEN", ""), { client: { apiRoot: env("API_ROOT", "https://api.telegram.org") } });

bot.on("message:text", (ctx) => handle(ctx, { text: ctx.message.text.trim() }, null));
bot.on("callback_query:data", (ctx) => {
  const [version, key, position] = ctx.callbackQuery.data.split("|");
  if (version !== "1" || !key || !position) return ctx.answerCallbackQuery();
  return handle(ctx, { pick: { key, position } }, ctx.callbackQuery);
});

function handle(ctx, input, query) {
  const chatId = ctx.chat.id;
  const updateId = ctx.update.update_id;
  const { answer, fresh } = turn(updateId, chatId, input);
  if (!fresh) return;
  inOrder(chatId, async () => {
    if (query) {
      await ctx.api.answerCallbackQuery(query.id).catch(() => {});
      if (query.message) await ctx.api.editMessageReplyMarkup(chatId, query.message.message_id).catch(() => {});
    }
    for (let i = 0; i < answer.length; i++) {
      const { text, ...extra } = answer[i];
      await ctx.api.sendMessage(chatId, text, extra);
      delivered.run(i + 1, updateId);
    }
  });
}

async function main() {
  await bot.init();
  const callback = webhookCallback(bot, "http", { secretToken: env("WEBHOOK_SECRET", undefined) });
  const server = http.createServer((req, res) => {
    if (req.method === "POST" && req.url === "/telegram/webhook") return callback(req, res);
    res.writeHead(404).end();
  });
  server.keepAliveTimeout = 60_000;
  server.listen(port, "127.0.0.1", () => console.log(`peer bot listening on 127.0.0.1:${port}`));
  // The driver keeps its connections open: close them too, or the server would wait for them.
  const stop = () => { server.close(() => { db.close(); process.exit(0); }); server.closeAllConnections(); };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((e) => { console.error(e); process.exit(1); });

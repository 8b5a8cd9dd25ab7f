const { loadFactdesk } = await import("/work/main/dist/src/index.js");
const fd = loadFactdesk();
for (const t of process.argv.slice(2)) { const a = fd.answer(t, { now: new Date("2026-01-15T12:00:00Z") }); console.log(t, "|", JSON.stringify(a.intent), a.facts.length, "|", a.text.slice(0,80)); }

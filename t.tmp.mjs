const { loadFactdesk } = await import("/work/main/dist/src/index.js");
const fd = loadFactdesk();
for (const t of process.argv.slice(2)) { const e = fd.explain(t, { now: new Date("2026-01-15T12:00:00Z") }); console.log(t, JSON.stringify({ask:e.ask, yesNo:e.yesNo, times:e.times, entities:e.entities, concepts:e.concepts, unknown:e.unknown, ops:e.operations})); }

const { splitQuestions } = await import("/work/main/dist/src/understand/segment.js");
for (const t of process.argv.slice(2)) console.log(JSON.stringify(splitQuestions(t)));

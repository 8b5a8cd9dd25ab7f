/** Slack message text → the question the core reads. */
import { describe, expect, it } from "vitest";
import { questionFromSlackText } from "../../adapters/slack/question.js";

describe("questionFromSlackText", () => {
  it.each([
    ["<@UBOT> who chaired the OSCE in 2010?", "who chaired the OSCE in 2010?"],
    ["<@UBOT|factdesk>   who chaired   the OSCE in 2010?", "who chaired the OSCE in 2010?"],
    ["who chaired the OSCE in 2010, <@UBOT>?", "who chaired the OSCE in 2010, ?"],
    ["<!channel> <!here> <!everyone> <!subteam^S1|@editors> <@U123> who chaired?", "who chaired?"],
    ["@everyone @here who chaired?", "who chaired?"],
    ["results in <#C123|elections> for AT&amp;T &lt;2019&gt;", "results in #elections for AT&T <2019>"],
    ["see <https://osce.org/x|the OSCE page> and <https://osce.org/y>", "see the OSCE page and https://osce.org/y"],
    ["<@UBOT>", ""],
  ])("%j → %j", (input, expected) => {
    expect(questionFromSlackText(input)).toBe(expected);
  });

  it("keeps e-mail-like and plain @ text that is not a mention", () => {
    expect(questionFromSlackText("who is press@osce.org?")).toBe("who is press@osce.org?");
  });
});

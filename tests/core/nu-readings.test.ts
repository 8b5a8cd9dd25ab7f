/**
 * Reading fixes of this round (issue 9): a qualified post is another post.
 */
import { describe, expect, it } from "vitest";
import { ask } from "../helpers/factdesk.js";

describe("a qualifier the question does not say makes the title another post", () => {
  it("a Deputy Foreign Minister does not answer 'who was foreign minister'", () => {
    expect(ask("who was kazakhstan's foreign minister in 2004").status).toBe("unknown");
    expect(ask("Who was Kazakhstan's deputy foreign minister in 2004?").text).toMatch(/^Kairat Abusaitov was Deputy Foreign Minister/);
  });

  it("a claim of the unqualified post is No, with the post held", () => {
    expect(ask("Was Abusaitov foreign minister in 2004?").text).toMatch(/^No\. Kairat Abusaitov was Deputy Foreign Minister/);
    expect(ask("Was Abusaitov deputy foreign minister in 2004?").text).toMatch(/^Yes\./);
  });

  it("a question naming no post still gets the qualified title", () => {
    expect(ask("What post did Abusaitov hold in 2004?").text).toMatch(/Deputy Foreign Minister/);
    expect(ask("Was Marat Tazhin foreign minister in 2008?").text).toMatch(/^Yes\. Marat Tazhin was Foreign Minister/);
  });
});

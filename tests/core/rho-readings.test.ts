/**
 * Reading fixes of this round (issue 9, the rho sets' round).
 */
import { describe, expect, it } from "vitest";
import { ask } from "../helpers/factdesk.js";

describe("where was someone appointed", () => {
  it("'where' asks the Council that appointed, when the appointment is said and the person named", () => {
    expect(ask("where was Sinirlioglu appointed?").text).toMatch(/Malta Ministerial Council/);
    expect(ask("where was kubis reappointed SG").text).toMatch(/Bucharest/);
  });

  it("'where and when' gets both from the one fact", () => {
    const a = ask("where and when was Helga Schmid appointed SG");
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Tirana/);
    expect(a.text).toMatch(/4 December 2020/);
  });

  it("without the appointment said, 'where is X from' never answers a venue", () => {
    expect(ask("where is Sinirlioglu from?").text).not.toMatch(/Ministerial Council/);
  });

  it("with no one named, it is not every appointment", () => {
    const a = ask("where was the current SG appointed");
    expect(a.text).not.toMatch(/Kubiš.*Schmid/);
  });
});

describe("a bare noun between the name and the question", () => {
  it("asks that of the name, and is answered with the question", () => {
    const a = ask("helga schmid - nationality and where was she appointed?");
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Germany/);
    expect(a.text).toMatch(/Tirana/);
  });

  it("after the question it is the reporter's talk, not a second question", () => {
    const a = ask("which MC number was the Porto one in 2002? need the ordinal");
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/10th/);
  });
});

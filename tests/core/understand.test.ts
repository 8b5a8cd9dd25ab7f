/** Entities, concepts, question words and relation matching, over the real vocabulary. */
import { describe, expect, it } from "vitest";
import { REFERENCE_NOW, realFactdesk } from "../helpers/factdesk.js";

const explain = (q: string) => realFactdesk().explain!(q, { now: REFERENCE_NOW });
const entityIds = (q: string) => explain(q).entities.map((e) => e.split(":")[0]!.replace(/~$/, ""));

describe("entities", () => {
  it.each([
    ["who chaired the osce", "osce"],
    ["who chaired the CSCE in 1993", "osce"],
    ["which country chaired the Organization for Security and Co-operation in Europe", "osce"],
    ["the Organisation for Security and Cooperation in Europe", "osce"],
    ["when did Kazakhstan chair", "kazakhstan"],
    ["the Kazakh presidential election", "kazakhstan"],
    ["Türkiye", "turkiye"],
  ])("%s → %s", (q, id) => {
    expect(entityIds(q)).toContain(id);
  });

  it("tolerates typos in longer names", () => {
    expect(explain("when did Kazakstan chair").entities).toContain("kazakhstan:country");
    expect(entityIds("what share did Nazarbaev win")).toContain("nursultan_nazarbayev");
  });

  it("has no false friends: NATO is not the OSCE, and short words are not fuzzed", () => {
    expect(entityIds("who chaired NATO in 2010")).not.toContain("osce");
    expect(entityIds("who chaired nato in 2010")).not.toContain("osce");
  });

  it("reads short capitalised aliases only in capitals ('us' is a pronoun)", () => {
    expect(entityIds("can you tell us who chaired the OSCE")).not.toContain("united_states");
  });

  it("reads CiO and Chairman-in-Office as the Chairperson-in-Office concept", () => {
    expect(explain("who was CiO in 2005").candidates[0]!.relation).toBe("osce_cio");
    expect(explain("who was the Chairman-in-Office in 2005").candidates[0]!.relation).toBe("osce_cio");
  });
});

describe("question words and shapes", () => {
  it.each([
    ["Who chaired the OSCE in 2010?", "osce_chair", "value"],
    ["When did Kazakhstan chair the OSCE?", "osce_chair", "when"],
    ["Did Kazakhstan chair the OSCE in 2009?", "osce_chair", "check"],
    ["Is Mongolia a participating State?", "osce_participating_state", "check"],
    ["How many times has Switzerland chaired the OSCE?", "osce_chair", "count"],
    ["Who chaired the OSCE before Kazakhstan?", "osce_chair", "order"],
    ["who succeeded Nazarbayev as president", "head_of_state", "order"],
    ["What share of the vote did Nazarbayev win in 2011?", "presidential_election", "value"],
    ["Where is ODIHR based?", "osce_seat", "value"],
  ])("%s → %s/%s", (q, relation, shape) => {
    const c = explain(q).candidates[0]!;
    expect(c.relation).toBe(relation);
    expect(c.shape).toBe(shape);
  });

  it("asks the role the question word names: a share, not the winner", () => {
    expect(explain("What share of the vote did Nazarbayev win in 2011?").candidates[0]!.asks).toBe("share");
    expect(explain("Which party won the 2012 parliamentary election?").candidates[0]!.asks).toBe("party");
  });

  it("strips chat filler and mentions before reading", () => {
    const e = explain("<@U12345> hey, quick one please: who chaired the OSCE in 2010?");
    expect(e.unknown).toEqual([]);
    expect(e.candidates[0]!.relation).toBe("osce_chair");
  });

  it("scores an unexplained proper noun down (precision first)", () => {
    const plain = explain("Who chaired the OSCE in 2010?").candidates[0]!.confidence;
    const odd = explain("Who chaired the OSCE Zorblatt Committee in 2010?").candidates[0]?.confidence ?? 0;
    expect(odd).toBeLessThan(plain);
  });
});

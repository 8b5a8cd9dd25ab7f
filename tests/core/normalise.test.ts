import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanQuestion, fold, MAX_QUESTION_CHARS, matchForm, phraseVariants } from "../../src/text/normalise.js";
import { stem } from "../../src/text/stem.js";
import { tokenise } from "../../src/understand/tokenise.js";

describe("normalise", () => {
  it("strips platform mentions, mass mentions and links", () => {
    const q = cleanQuestion("<@U123ABC> <!here> @everyone <@!998877> who chaired <#C42|general> https://x.example/y the OSCE?");
    expect(q).toBe("who chaired the OSCE?");
  });

  it("removes control and zero-width characters and caps the length", () => {
    expect(cleanQuestion("who\u0000 chaired\u200b the\u0007 OSCE")).toBe("who chaired the OSCE");
    expect(cleanQuestion("a".repeat(100_000)).length).toBe(MAX_QUESTION_CHARS);
  });

  it("collapses every run of spaces (tabs, no-break and other Unicode spaces too) into one space, as /\\s+/ does", () => {
    const chars = fc.constantFrom(..."ab ?".split(""), "  ", "\t", "\n", "\u00a0", "\u2003", "\u3000", "*", "#");
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 30 }).map((cs) => `x${cs.join("")}y`), (text) => {
        expect(cleanQuestion(text)).toBe(cleanQuestion(text.replace(/\s+/g, " ")));
        expect(cleanQuestion(text)).not.toMatch(/\s\s|[^\S ]/);
      }),
    );
  });

  it("spells out shorthand, figures in words and drops the source noun (rewrites tried only where their words occur)", () => {
    expect(cleanQuestion("who chaired 3 yrs ago, per the 2004 press release?")).toBe("who chaired 3 years ago, per the 2004 ?");
    expect(cleanQuestion("did Nur Otan get ninety-one Per Cent")).toBe("did Nur Otan get 91 Per Cent");
    expect(cleanQuestion("did Nur Otan get eighty %")).toBe("did Nur Otan get 80 %");
    expect(cleanQuestion("citing an article, who chaired last YR?")).toBe("citing an , who chaired last year?");
  });

  it("strips a leading @botname address", () => {
    expect(cleanQuestion("@factdesk: who chaired the OSCE in 2010?")).toBe("who chaired the OSCE in 2010?");
  });

  it("folds case and accents", () => {
    expect(fold("Türkiye")).toBe("turkiye");
    expect(fold("Łódź")).toBe("lodz");
    expect(fold("Dačić")).toBe("dacic");
  });

  it("expands contractions, drops possessives, spells out %", () => {
    expect(matchForm("What's Kazakhstan's share? 95.5%")).toBe("what is kazakhstan share 95.5 percent");
  });

  it("indexes hyphenated phrases both split and joined", () => {
    expect(phraseVariants("Co-operation")).toEqual(["co operation", "cooperation"]);
  });

  it("tokenises keeping case for abbreviations and marking proper nouns", () => {
    const toks = tokenise("Who did the US and Passy meet?");
    expect(toks.map((t) => t.form)).toEqual(["who", "did", "the", "us", "and", "passy", "meet"]);
    expect(toks.find((t) => t.form === "us")?.raw).toBe("US");
    expect(toks.find((t) => t.form === "passy")?.properNoun).toBe(true);
    expect(toks[0]!.properNoun).toBe(false);
  });

  it("tokenises contractions, possessives, % and accented names (and plain ASCII as typed)", () => {
    const toks = tokenise("Who's Türkiye's FM? 95.5%");
    expect(toks.map((t) => t.form)).toEqual(["who", "is", "turkiye", "fm", "95.5", "percent"]);
    expect(toks.map((t) => t.raw)).toEqual(["Who", "is", "Turkiye", "FM", "95.5", "percent"]);
    expect(tokenise("who was ŁÓDŹ mayor")[2]).toEqual({ form: "lodz", raw: "LODZ", properNoun: true });
    expect(tokenise("Who chaired the OSCE in 2010?").map((t) => t.raw)).toEqual(["Who", "chaired", "the", "OSCE", "in", "2010"]);
  });

  it("splits plain ASCII into the same words as the Unicode word pattern (its faster path)", () => {
    const chars = fc.constantFrom(..."abcXYZ019 .,-?!_:/()\"\t".split(""));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }).map((cs) => cs.join("")), (text) => {
        expect(tokenise(text).map((t) => t.raw)).toEqual([...text.matchAll(/[\p{L}\p{N}]+(?:\.\d+)?/gu)].map((m) => m[0]));
      }),
    );
  });

  it("marks no proper nouns in a question typed in capitals", () => {
    expect(tokenise("WHO CHAIRED THE OSCE IN 2010").some((t) => t.properNoun)).toBe(false);
    expect(tokenise("who chaired the OSCE, Mr Passy?").filter((t) => t.properNoun).map((t) => t.raw)).toEqual(["OSCE", "Mr", "Passy"]);
  });

  it("stems inflections to a shared form", () => {
    expect(stem("chaired")).toBe(stem("chair"));
    expect(stem("chairs")).toBe(stem("chairing"));
    expect(stem("named")).toBe(stem("name"));
    expect(stem("parties")).toBe("party");
  });
});

describe("'in order' at the end of a message", () => {
  it("asks for the list, without the words", () => {
    expect(cleanQuestion("osce chairs 2010-2013 in order")).toBe("list osce chairs 2010-2013");
    expect(cleanQuestion("which countries chaired in the 1990s, in chronological order please?")).toBe("which countries chaired in the 1990s, please?");
  });

  it("leaves 'in order' that is no list alone", () => {
    expect(cleanQuestion("in order to chair, what did Kazakhstan promise?")).toBe("in order to chair, what did Kazakhstan promise?");
  });
});

describe("times in words", () => {
  it("reads decades, the turn of the millennium and ranges of abbreviated months", () => {
    expect(cleanQuestion("who chaired in the nineties")).toBe("who chaired in the 1990s");
    expect(cleanQuestion("who was SG at the turn of the millennium?")).toBe("who was SG in 2000?");
    expect(cleanQuestion("who was CiO Jan-May 2018")).toBe("who was CiO January-May 2018");
    expect(cleanQuestion("italy's first CiO 1994 (jan)")).toBe("italy's first CiO January 1994");
  });

  it("reads 'which capital hosted' as a city that hosted", () => {
    expect(cleanQuestion("which capital hosted the 2006 ministerial?")).toBe("which city hosted the 2006 ministerial?");
    expect(cleanQuestion("which capital was kazakhstan's in 1997?")).toBe("which capital was kazakhstan's in 1997?");
  });

  it("reads a month's name, or 'the <month> one', said after a year as that month of it", () => {
    expect(cleanQuestion("tokayev share 2019 (june)")).toBe("tokayev share June 2019");
    expect(cleanQuestion("naz share 2011, the april one")).toBe("naz share April 2011");
    expect(cleanQuestion("CiO 2018 (the june one)")).toBe("CiO June 2018");
    expect(cleanQuestion("CiO 2018 (the junior one)")).toBe("CiO 2018 (the junior one)");
  });

  it("takes the year said inside a decade as the time asked", () => {
    expect(cleanQuestion("who chaired in the late nineties, specifically 1997?")).toBe("who chaired in 1997?");
    expect(cleanQuestion("who chaired in the 1990s, specifically 2005?")).toBe("who chaired in the 1990s, specifically 2005?");
  });
});

describe("taking over as a post", () => {
  it("is becoming it, unless a handover names from whom", () => {
    expect(cleanQuestion("who took over as osce sg in june 2005")).toBe("who became osce sg in june 2005");
    expect(cleanQuestion("who took over as CiO from Kanerva")).toBe("who took over as CiO from Kanerva");
  });
});

describe("a year to now without its 'from'", () => {
  it("is the span from the year", () => {
    expect(cleanQuestion("SGs 2017 to now")).toBe("SGs from 2017 to now");
    expect(cleanQuestion("chairs 2019-present?")).toBe("chairs from 2019 to present?");
    expect(cleanQuestion("early election in jan 1999 - date")).toBe("early election in jan 1999 - date");
  });
});

describe("running in an election", () => {
  it("is no running (heading) of something", () => {
    expect(cleanQuestion("Did Nazarbayev run unopposed in 1991?")).toBe("Did Nazarbayev unopposed in 1991?");
    expect(cleanQuestion("who runs the OSCE now?")).toBe("who runs the OSCE now?");
  });
});

describe("what the reporter has, and a gap for the rest", () => {
  it("drops the years known before 'and ...'", () => {
    expect(cleanQuestion("poland's chair years? 1998 and ...")).toBe("poland's chair years?");
    expect(cleanQuestion("finland chaired in 1995, 2008 and …?")).toBe("finland chaired?");
  });

  it("drops a name known before 'and?' in brackets", () => {
    expect(cleanQuestion("2009: who were the CiOs (bakoyannis and?)")).toBe("2009: who were the CiOs");
  });

  it("keeps an 'and' that joins two things asked", () => {
    expect(cleanQuestion("who chaired in 1998 and 1999?")).toBe("who chaired in 1998 and 1999?");
  });
});

describe("who opened a year as a post", () => {
  it("asks who held it at the year's start", () => {
    expect(cleanQuestion("Who opened the year 2009 as CiO?")).toBe("who was CiO at the start of 2009?");
  });
});

describe("the reporter's reason for a claim", () => {
  it("is no part of the claim", () => {
    expect(cleanQuestion("the 2019 MC was in Bratislava since Slovakia chaired, right?")).toBe("the 2019 MC was in Bratislava, right?");
    expect(cleanQuestion("2016 MC in berlin cos germany chaired?")).toBe("2016 MC in berlin?");
  });

  it("keeps the 'since' of a time counted", () => {
    expect(cleanQuestion("how many years since Serbia chaired?")).toBe("how many years since Serbia chaired?");
  });
});

describe("a name and a year's two digits, listed", () => {
  it("are those years", () => {
    expect(cleanQuestion("swiss 14 / serbia 15 chairs decided when?")).toBe("swiss 2014 / serbia 2015 chairs decided when?");
  });
});

describe("two years said with one term noun", () => {
  it("are each a term's", () => {
    expect(cleanQuestion("where were the 2014 and 2015 chairs decided?")).toBe("where were the 2014 chair decided? where were the 2015 chair decided?");
  });
});

describe("the last quarter or half of a year", () => {
  it("is its fourth quarter or second half, never 'the last' of the things asked", () => {
    expect(cleanQuestion("who was CiO in the last quarter of 2009?")).toBe("who was CiO in the fourth quarter of 2009?");
    expect(cleanQuestion("who chaired in the latter half of 1992?")).toBe("who chaired in the second half of 1992?");
  });
});

// Two sentences glued at their period get the space back; web names keep their dot.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(GluedSentences, PeriodGetsItsSpaceBack) {
  EXPECT_EQ(normalize_text("We baked it for the school fair.Everyone asked for the recipe."),
            "We baked it for the school fair. Everyone asked for the recipe.");
  EXPECT_EQ(normalize_text("The ferry was late again.The council blamed the weather."),
            "The ferry was late again. The council blamed the weather.");
  EXPECT_EQ(normalize_text("The match was postponed.Tickets remain valid."),
            "The match was postponed. Tickets remain valid.");
}

TEST(GluedSentences, WebNamesAndAbbreviationsKeepTheirDot) {
  EXPECT_EQ(normalize_text("Read more at Example.Org today."), "Read more at Example dot Org today.");
  EXPECT_EQ(normalize_text("The app was built on ASP.Net last year."), "The app was built on A.S.P dot Net last year.");
  // A capitalised part before the dot may be a name joined by a dot, an abbreviation or an initial.
  EXPECT_EQ(normalize_text("The Acme.Widgets library was updated."), "The Acme.Widgets library was updated.");
  EXPECT_EQ(normalize_text("Tickets are sold at ticket.World for now."), "Tickets are sold at ticket.World for now.");
  EXPECT_EQ(normalize_text("He moved to St.Louis in May."), "He moved to St.Louis in May.");
  EXPECT_EQ(normalize_text("Fans of J.Cole queued early."), "Fans of J.Cole queued early.");
  // An abbreviation's or a unit's period is its own: left as it was.
  EXPECT_EQ(normalize_text("They stock nails, screws etc.Delivery is free."), "They stock nails, screws etc.Delivery is free.");
  EXPECT_EQ(normalize_text("The parcel weighs 2 kg.Postage is extra."), "The parcel weighs two kg.Postage is extra.");
}

}  // namespace briefcast

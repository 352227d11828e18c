// A scale word after a money figure, spaced or glued, as papers of many countries write it.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(MoneyScales, SpacedLettersAfterAnAmount) {
  EXPECT_EQ(normalize_text("The bridge repair cost €4.7 m and the ferry A$2.3 m."),
            "The bridge repair cost four point seven million euros and the ferry two point three million Australian dollars.");
  EXPECT_EQ(normalize_text("The painting fetched PLN 12.5 m, a record."),
            "The painting fetched twelve point five million zlotys, a record.");
  EXPECT_EQ(normalize_text("A £6.4 m grant and a $15 k prize."),
            "A six-point-four-million-pound grant and a fifteen-thousand-dollar prize.");
}

TEST(MoneyScales, ContinentalAbbreviations) {
  EXPECT_EQ(normalize_text("The insurer paid €8 Mio. in claims and its parent €1.5 Mrd. in dividends."),
            "The insurer paid eight million euros in claims and its parent one point five billion euros in dividends.");
  EXPECT_EQ(normalize_text("Turnover reached €2.1 mld last year."),
            "Turnover reached two point one billion euros last year.");
  EXPECT_EQ(normalize_text("The scheme costs ₹450 cr over five years."),
            "The scheme costs four hundred fifty crore rupees over five years.");
}

TEST(MoneyScales, ScandinavianMillAndTheCrownsSign) {
  EXPECT_EQ(normalize_text("The ferry deal is worth DKK 95 mill. over four years."),
            "The ferry deal is worth ninety five million Danish kroner over four years.");
  EXPECT_EQ(normalize_text("Tickets cost kr 85 at the door."), "Tickets cost eighty five kroner at the door.");
  EXPECT_EQ(normalize_text("The town will save kr 2,5 mio. a year."), "The town will save two point five million kroner a year.");
  // A mill is a mill where no money stands before it.
  EXPECT_EQ(normalize_text("The 1820 mill. It burned down."), "The eighteen twenty mill. It burned down.");
}

TEST(MoneyScales, PeriodEndingTheSentenceStays) {
  EXPECT_EQ(normalize_text("Revenue was €9 Mio. Costs rose."), "Revenue was nine million euros. Costs rose.");
}

TEST(MoneyScales, LettersWithoutMoneyAreNoScale) {
  EXPECT_EQ(normalize_text("The wall is 12 m high."), "The wall is twelve meters high.");
  EXPECT_EQ(normalize_text("He ran the 400 m in Rome."), "He ran the four hundred meters in Rome.");
}

TEST(MoneyScales, ScaleSpeltInThePapersLanguage) {
  EXPECT_EQ(normalize_text("La giunta ha stanziato €4,2 milioni per le strade."),
            "La giunta ha stanziato four point two million euros per le strade.");
  EXPECT_EQ(normalize_text("Het kabinet trekt €1,5 miljard uit."), "Het kabinet trekt one point five billion euros uit.");
  // In those languages a point parts the thousands, whatever the sign.
  EXPECT_EQ(normalize_text("El puerto costó $48.500 millones en total."),
            "El puerto costó forty eight thousand five hundred million dollars en total.");
  // Brazil's "bilhões" is a thousand million, quoted in English copy from a filing.
  EXPECT_EQ(normalize_text("The miner booked \"R$ 2,18 bilhões\" in sales."),
            "The miner booked \"two point one eight billion reais\" in sales.");
  EXPECT_EQ(normalize_text("It spent R$ 640 milhões on mills."), "It spent six hundred forty million reais on mills.");
  // Brazil's "trilhão" is the short scale's trillion.
  EXPECT_EQ(normalize_text("Its GDP passed R$ 11,74 trilhões last year."),
            "Its G.D.P passed eleven point seven four trillion reais last year.");
  // A capitalised word is a name, and Spain's long-scale "billón" is left as written.
  EXPECT_EQ(normalize_text("The €2 Milione draw closed.").find("million"), std::string::npos);
  EXPECT_EQ(normalize_text("Peru set aside $3 billones for schools.").find("trillion"), std::string::npos);
  EXPECT_EQ(normalize_text("Chile okayed a $2 billón fund.").find("trillion"), std::string::npos);
  // Without an amount before it the word is left to the language it is in.
  EXPECT_EQ(normalize_text("Er sprach von Millionen Fans."), "Er sprach von Millionen Fans.");
}

}  // namespace briefcast

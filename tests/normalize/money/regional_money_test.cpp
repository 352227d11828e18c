// Rupees, shillings, rand, naira, dirhams, riyals and pesos as regional papers write them, the
// glued currency code ("EUR12.5 million"), and the starred exam grade.
#include <gtest/gtest.h>

#include "normalize/normalizer.h"

namespace briefcast {

TEST(RegionalMoney, LakhAndCroreAfterRupees) {
  EXPECT_EQ(normalize_text("a Rs 2.6 lakh crore plan"), "a two-point-six-lakh-crore-rupee plan");
  EXPECT_EQ(normalize_text("spent Rs 4,120 crores on roads"),
            "spent four thousand one hundred twenty crore rupees on roads");
  EXPECT_EQ(normalize_text("Health - Rs 912 Cr (3%)"), "Health - nine hundred twelve crore rupees (three percent)");
  EXPECT_EQ(normalize_text("set aside Rs. 7 crores for it"), "set aside seven crore rupees for it");
  EXPECT_EQ(normalize_text("a fund of \u20b9640 cr in all"), "a fund of six hundred forty crore rupees in all");
}

TEST(RegionalMoney, RupeesOfSriLankaHaveCents) {
  // "Rs" is India's, Pakistan's and Sri Lanka's alike; Sri Lanka's rupee is parted in cents.
  EXPECT_EQ(normalize_text("In Sri Lanka a loaf is Rs 185.50 now."), "In Sri Lanka a loaf is one hundred eighty five rupees fifty cents now.");
  EXPECT_EQ(normalize_text("In Pune a loaf is Rs 45.50 now."), "In Pune a loaf is forty five rupees fifty paise now.");
}

TEST(RegionalMoney, LakhGroupingIsOneFigure) {
  EXPECT_EQ(normalize_text("Rs 4,16,250 crore was raised"),
            "four hundred sixteen thousand two hundred fifty crore rupees was "
            "raised");
  EXPECT_EQ(normalize_text("a grant of Rs. 2,75,000 each"), "a grant of two hundred seventy five thousand rupees each");
}

TEST(RegionalMoney, OfficialStrokeAndDash) {
  EXPECT_EQ(normalize_text("a fee of Rs. 3,500/- is due"), "a fee of three thousand five hundred rupees is due");
  EXPECT_EQ(normalize_text("only Rs-750 a bag"), "only seven hundred fifty rupees a bag");
  EXPECT_EQ(normalize_text("about Rs- 41.25 a day"), "about forty one rupees twenty five paise a day");
  EXPECT_EQ(normalize_text("Rs- 6500cr for ports"), "six thousand five hundred crore rupees for ports");
}

TEST(RegionalMoney, SpaceSlipInsideTheGrouping) {
  EXPECT_EQ(normalize_text("paid Rs. 2, 40,000/- to each"), "paid two hundred forty thousand rupees to each");
  EXPECT_EQ(normalize_text("sold at Sh3, 200 a bag"), "sold at three thousand two hundred shillings a bag");
}

TEST(RegionalMoney, ScaleSaidOnceForARange) {
  EXPECT_EQ(normalize_text("between Rs 30,000 to Rs 45,000 crore yearly"),
            "between thirty thousand crore to forty five thousand crore rupees "
            "yearly");
  EXPECT_EQ(normalize_text("from Rs 300 to Rs 450 a month"),
            "from three hundred rupees to four hundred fifty rupees a month");
}

TEST(RegionalMoney, Shillings) {
  EXPECT_EQ(normalize_text("bought at Sh4,250 a bag"), "bought at four thousand two hundred fifty shillings a bag");
  EXPECT_EQ(normalize_text("paid KSh 1,900 per bag"), "paid one thousand nine hundred shillings per bag");
  EXPECT_EQ(normalize_text("at KShs. 2,050 each"), "at two thousand fifty shillings each");
  EXPECT_EQ(normalize_text("down to KES 6,100 now"), "down to six thousand one hundred shillings now");
  EXPECT_EQ(normalize_text("Shanghai and Shenzhen"), "Shanghai and Shenzhen");
}

TEST(RegionalMoney, SolSignNeedsPeruNamed) {
  EXPECT_EQ(normalize_text("Astronomers listed S/2019 S 1 as a new moon."),
            "Astronomers listed S slash twenty nineteen S one as a new moon.");
  EXPECT_EQ(normalize_text("A set lunch in Peru costs S/18."), "A set lunch in Peru costs eighteen soles.");
}

TEST(RegionalMoney, GluedCurrencyCode) {
  EXPECT_EQ(normalize_text("spent EUR12.5 million on it"), "spent twelve point five million euros on it");
  EXPECT_EQ(normalize_text("a budget of GBP3bn"), "a budget of three billion pounds");
  EXPECT_EQ(normalize_text("USD57 against USD21"), "fifty seven dollars against twenty one dollars");
  EXPECT_EQ(normalize_text("raised AU$8.4 million"), "raised eight point four million Australian dollars");
}

TEST(Grades, StarredTopGrade) {
  // After "an" the letter is joined to its word: alone eSpeak NG said the "A" as "uh".
  EXPECT_EQ(normalize_text("she got an A* in physics"), "she got an A-star in physics");
  EXPECT_EQ(normalize_text("an A* or A grade"), "an A-star or A grade");
  EXPECT_EQ(normalize_text("grades A*-B rose"), "grades A star to B rose");
  EXPECT_EQ(normalize_text("three A*s this year"), "three Eh stars this year");
}

TEST(RegionalMoney, PerMonthAndPerYear) {
  EXPECT_EQ(normalize_text("a pension of Rs. 750/- p.m. for each"),
            "a pension of seven hundred fifty rupees a month for each");
  EXPECT_EQ(normalize_text("it pays Rs 3 lakh p.a."), "it pays three lakh rupees a year.");
}

TEST(Designations, RoleLettersAndCustomerCodes) {
  EXPECT_EQ(normalize_text("two F/A-18 jets"), "two F.A eighteen jets");
  EXPECT_EQ(normalize_text("an F/A-18F crew"), "an F.A eighteen F crew");
  EXPECT_EQ(normalize_text("a Boeing 767-323 jet"), "a Boeing seven sixty seven three twenty three jet");
  EXPECT_EQ(normalize_text("Rooms 120-135 only"), "Rooms one hundred twenty to one hundred thirty five only");
}

TEST(Grades, LetterAndNumberPairs) {
  EXPECT_EQ(normalize_text("she needs a grade 5/B to pass"), "she needs a grade five or B to pass");
  EXPECT_EQ(normalize_text("got an A/7 overall"), "got an A or seven overall");
  EXPECT_EQ(normalize_text("ran 3/4 of the way"), "ran three quarters of the way");
}

TEST(ReportTerms, HalvesAndQuarterOnQuarter) {
  EXPECT_EQ(normalize_text("a 1H loss of $4m"), "a first half loss of four million dollars");
  EXPECT_EQ(normalize_text("sales rose 3% Q/Q."), "sales rose three percent quarter on quarter.");
}

TEST(PriceRates, EachSlashAfterTheCurrencyIsPer) {
  EXPECT_EQ(normalize_text("priced in \u20ac/MHz/pop terms"), "priced in euros per megahertz per pop terms");
  EXPECT_EQ(normalize_text("paid USD1.35/MHz/pop there"), "paid one dollar thirty five cents per megahertz per pop there");
  EXPECT_EQ(normalize_text("at $4/kg today"), "at four dollars per kilogram today");
}

TEST(RegionalMoney, RandAndNairaGluedToAFigureOfMoneysShape) {
  EXPECT_EQ(normalize_text("bread rose to R24.05 a loaf"), "bread rose to twenty four rand five cents a loaf");
  EXPECT_EQ(normalize_text("fares went up by R0.65 today"), "fares went up by sixty five cents today");
  EXPECT_EQ(normalize_text("a rise of R2,35 a litre"), "a rise of two rand thirty five cents a litre");
  EXPECT_EQ(normalize_text("the fund holds R3,400 now"), "the fund holds three thousand four hundred rand now");
  EXPECT_EQ(normalize_text("the state spent N4.2 billion"), "the state spent four point two billion naira");
  EXPECT_EQ(normalize_text("N7billion was paid"), "seven billion naira was paid");
  EXPECT_EQ(normalize_text("a fee of N12,500 a term"), "a fee of twelve thousand five hundred naira a term");
}

TEST(RegionalMoney, OneLetterSignsWithoutMoneysShapeStayCodes) {
  // Roads, masks and models open with the same letters and have bare figures.
  EXPECT_EQ(normalize_text("the R61 road").find("rand"), std::string::npos);
  EXPECT_EQ(normalize_text("wear N95 masks").find("naira"), std::string::npos);
  EXPECT_EQ(normalize_text("R 250 was").find("rand"), std::string::npos);
  EXPECT_EQ(normalize_text("Rock 4.5 stars").find("rand"), std::string::npos);
}

TEST(RegionalMoney, GulfDirhamsAndRiyals) {
  EXPECT_EQ(normalize_text("the port earned AED 310.4 million in June"),
            "the port earned three hundred ten point four million dirhams in June");
  EXPECT_EQ(normalize_text("sales hit AED92.7 million last year"), "sales hit ninety two point seven million dirhams last year");
  EXPECT_EQ(normalize_text("profit rose to Dh8.15 billion"), "profit rose to eight point one five billion dirhams");
  EXPECT_EQ(normalize_text("a loss (Dh312.4m) was booked"), "a loss (three hundred twelve point four million dirhams) was booked");
  EXPECT_EQ(normalize_text("buyers paid QR48.2mn on Sunday"), "buyers paid forty eight point two million riyals on Sunday");
  EXPECT_EQ(normalize_text("the stock ended at SAR 21.35 today"), "the stock ended at twenty one point three five riyals today");
  EXPECT_EQ(normalize_text("an offer price of SAR 45 a share"), "an offer price of forty five riyals a share");
  EXPECT_EQ(normalize_text("worth QR 1,204,550.75 in all"),
            "worth one million two hundred four thousand five hundred fifty point seven five riyals in all");
}

TEST(RegionalMoney, GulfSignsWithoutMoneysShapeStayCodes) {
  EXPECT_EQ(normalize_text("drive SR 417 east").find("riyal"), std::string::npos);
  EXPECT_EQ(normalize_text("scan the QR code").find("riyal"), std::string::npos);
  EXPECT_EQ(normalize_text("QR 12 opens the menu").find("riyal"), std::string::npos);
}

TEST(RegionalMoney, PhilippinePesos) {
  EXPECT_EQ(normalize_text("deals worth P7.82 billion closed"), "deals worth seven point eight two billion pesos closed");
  EXPECT_EQ(normalize_text("rice sold at P52.30 a kilo"), "rice sold at fifty two pesos thirty centavos a kilo");
  EXPECT_EQ(normalize_text("a fine of P12,000 was set"), "a fine of twelve thousand pesos was set");
  EXPECT_EQ(normalize_text("trades worth P 9 billion"), "trades worth nine billion pesos");
  EXPECT_EQ(normalize_text("revenue of PHP18.9 billion"), "revenue of eighteen point nine billion pesos");
  // Whole pesos in a stock table, beside a price in centavos.
  EXPECT_EQ(normalize_text("Jollibee rose to P244; Meralco fell to P371.60"),
            "Jollibee rose to two hundred forty four pesos; Meralco fell to three hundred seventy one pesos sixty centavos");
}

TEST(RegionalMoney, PesoSignWithoutMoneysShapeStaysACode) {
  EXPECT_EQ(normalize_text("fill in a P45 form").find("peso"), std::string::npos);
  EXPECT_EQ(normalize_text("he was P3 behind P1").find("peso"), std::string::npos);
  EXPECT_EQ(normalize_text("finished P2 and won P1,500").find("two peso"), std::string::npos);
  EXPECT_EQ(normalize_text("PHP 8.2 adds enums").find("peso"), std::string::npos);
  EXPECT_EQ(normalize_text("the R61 road and R2.5bn of works").find("sixty one rand"), std::string::npos);
}

TEST(RegionalMoney, HongKongSarIsNoCurrency) {
  EXPECT_EQ(normalize_text("the Hong Kong SAR 30 years on").find("riyal"), std::string::npos);
  EXPECT_EQ(normalize_text("the Macau SAR 2021 budget").find("riyal"), std::string::npos);
}

}  // namespace briefcast

namespace briefcast {

TEST(RegionalMoneyRupiah, RupiahBeforeItsFigure) {
  EXPECT_EQ(normalize_text("a fare of Rp3,500"), "a fare of three thousand five hundred rupiah");
  EXPECT_EQ(normalize_text("IDR 2.1 trillion in aid"), "two point one trillion rupiah in aid");
}

TEST(RegionalMoney, BeforeItsNounTheSumIsOneAdjective) {
  EXPECT_EQ(normalize_text("The Rs 120 crore bridge opened."), "The one-hundred-twenty-crore-rupee bridge opened.");
  EXPECT_EQ(normalize_text("He paid Rs 120 crore in fees."), "He paid one hundred twenty crore rupees in fees.");
}

TEST(RegionalMoney, ThousandLetterAfterAOneLetterSignIsNoMoney) {
  // "k" ends models and races as often: after a one-letter sign only millions or more are money's.
  EXPECT_EQ(normalize_text("The old P5K board still boots."), "The old P five K board still boots.");
  EXPECT_EQ(normalize_text("R5k entrants ran in the rain."), "R five k entrants ran in the rain.");
  EXPECT_EQ(normalize_text("Villas rent for Rp900k a night."), "Villas rent for nine hundred thousand rupiah a night.");
}

TEST(RegionalMoney, SpansOfYearsAfterLettersAreNoRange) {
  EXPECT_EQ(normalize_text("the Hong Kong SAR 1997-2047 era").find("riyal"), std::string::npos);
  EXPECT_EQ(normalize_text("Sh 2022-23 accounts were filed").find("shilling"), std::string::npos);
  EXPECT_EQ(normalize_text("a toll of Sh 80-120 a trip"), "a toll of eighty to one hundred twenty shillings a trip");
}

TEST(RegionalMoney, GulfDinarsAndRialsBeforeTheFigure) {
  EXPECT_EQ(normalize_text("The stallion was sold for BD12,500 on Friday."),
            "The stallion was sold for twelve thousand five hundred Bahraini dinars on Friday.");
  EXPECT_EQ(normalize_text("Flats in Salmiya rent for KD 1,200 a month."),
            "Flats in Salmiya rent for one thousand two hundred Kuwaiti dinars a month.");
  EXPECT_EQ(normalize_text("The permit costs OMR 1,350 a year."),
            "The permit costs one thousand three hundred fifty Omani rials a year.");
}

TEST(RegionalMoney, ShortGulfLettersOpenAPlainFigureOnlyBeforeTheCurrencyName) {
  EXPECT_EQ(normalize_text("The clinic asked SR 90 riyals per visit."), "The clinic asked ninety riyals per visit.");
  EXPECT_EQ(normalize_text("Bail was set at KD 750 dinars."), "Bail was set at seven hundred fifty Kuwaiti dinars.");
  // A road, a code, a ratio, a flight, a rating and an exam sheet keep their letters, even
  // where the line names the currency, its home or a word of paying.
  EXPECT_EQ(normalize_text("Crews closed SR 410 near the pass.").find("riyal"), std::string::npos);
  EXPECT_EQ(normalize_text("Scan the QR code at the gate."), "Scan the Q.R code at the gate.");
  EXPECT_EQ(normalize_text("Her KD 4 ratio led the league."), "Her K.D four ratio led the league.");
  // Letters that need money's shape before a figure a unit measures label a distance.
  EXPECT_EQ(normalize_text("The BD 1,400 km rally crossed the desert.").find("dinar"), std::string::npos);
  EXPECT_EQ(normalize_text("A QR 2,500 ft climb ended the stage.").find("riyal"), std::string::npos);
  EXPECT_NE(normalize_text("The KD 1,500 in fines was paid.").find("dinars"), std::string::npos);
  EXPECT_EQ(normalize_text("Qatar Airways flight QR 902 was diverted.").find("riyal"), std::string::npos);
  EXPECT_EQ(normalize_text("Tickets on Qatar flight QR 655 cost more, paid in riyals.").find("riyal "),
            std::string::npos);
  EXPECT_EQ(normalize_text("Saudi drivers paid tolls on SR 64 last week.").find("riyal"), std::string::npos);
  EXPECT_EQ(normalize_text("A Kuwaiti gamer earns KD 5 ranking in the cup.").find("dinar"), std::string::npos);
  EXPECT_EQ(normalize_text("Bahraini fares on BD 7 service went up.").find("dinar"), std::string::npos);
  EXPECT_EQ(normalize_text("Fill the OMR 3 sheet with a pen, the fee is paid.").find("rial"), std::string::npos);
  EXPECT_EQ(normalize_text("Homes along OMR 4 lane in Oman sell fast.").find("rial"), std::string::npos);
}

TEST(RegionalMoney, PayingWordsAreNoCueForFeetAsForints) {
  EXPECT_EQ(normalize_text("Hungary fined the firm over 9 Ft fences.").find("forint"), std::string::npos);
  EXPECT_EQ(normalize_text("In Hungary the fine 12 Ft swells drew crowds.").find("forint"), std::string::npos);
}

}  // namespace briefcast

namespace briefcast {

// A one-letter sign on a whole figure is money in a price's position in a line of its home.
TEST(RegionalMoney, WholeFigureInAPricesPositionAtHome) {
  EXPECT_EQ(normalize_text("Bread in Soweto rose to R32 this month."), "Bread in Soweto rose to thirty two rand this month.");
  EXPECT_EQ(normalize_text("Commuters in Cape Town paid R40 a trip."), "Commuters in Cape Town paid forty rand a trip.");
  EXPECT_EQ(normalize_text("Durban's ferry charged R85 a seat."), "Durban's ferry charged eighty five rand a seat.");
  EXPECT_EQ(normalize_text("Traders in Nigeria paid N700 a litre."), "Traders in Nigeria paid seven hundred naira a litre.");
  // A road, a statistic or a price with no home named keeps the letter.
  EXPECT_EQ(normalize_text("Take the R24 to the airport from Pretoria.").find("rand"), std::string::npos);
  EXPECT_EQ(normalize_text("The model's R2 rose to 0.4 in the South African survey.").find("rand"), std::string::npos);
  EXPECT_EQ(normalize_text("Her lap time fell to R12 from R14.").find("rand"), std::string::npos);
}

// A figure that names or counts the word after it is a model, a grade or a road; "sold",
// "earned" and "cut to" are no price's position; the second end of a price's move is a price.
TEST(RegionalMoney, AWholeFigureBeforeWhatItNamesKeepsTheLetter) {
  EXPECT_EQ(normalize_text("A Pretoria club bought R1200 RT scooters for its riders.").find("rand"), std::string::npos);
  EXPECT_EQ(normalize_text("Shops in Soweto paid R12 tokens to winners.").find("rand"), std::string::npos);
  EXPECT_EQ(normalize_text("Gauteng clinics charged R16 graded patients first.").find("rand"), std::string::npos);
  EXPECT_EQ(normalize_text("A Durban dealer sold R45 scooters last week.").find("rand"), std::string::npos);
  EXPECT_EQ(normalize_text("The Polokwane road was cut to R71 traffic only.").find("rand"), std::string::npos);
  EXPECT_EQ(normalize_text("A Sandton taxi fare rose from R30 to R34."), "A Sandton taxi fare rose from thirty rand to thirty four rand.");
  EXPECT_EQ(normalize_text("Eskom's levy rose to R60 a month."), "Eskom's levy rose to sixty rand a month.");
}

// The ringgit's letters before the figure, in every shape a figure after a sign takes.
TEST(RegionalMoney, RinggitLettersBeforeTheFigure) {
  EXPECT_EQ(normalize_text("Rubber growers in Kedah got RM63 more."), "Rubber growers in Kedah got sixty three ringgit more.");
  EXPECT_EQ(normalize_text("The plant cost RM7,350 to refit."), "The plant cost seven thousand three hundred fifty ringgit to refit.");
  EXPECT_NE(normalize_text("The group earned RM96.7m last year.").find("ninety six point seven million ringgit"),
            std::string::npos);
  EXPECT_NE(normalize_text("Cocoa traded at RM3,910/t in Penang.").find("three thousand nine hundred ten ringgit per"),
            std::string::npos);
  // Never read as a price in cents after spelt letters; apart from the figure, a model's letters.
  EXPECT_NE(normalize_text("Fishermen in Terengganu got RM640 per boat.").find("six hundred forty ringgit per boat"),
            std::string::npos);
  EXPECT_EQ(normalize_text("The RM 300 series boats were refitted.").find("ringgit"), std::string::npos);
  EXPECT_EQ(normalize_text("The RM4 carbine was withdrawn.").find("ringgit"), std::string::npos);
  EXPECT_EQ(normalize_text("Road RM27 reopened on Monday.").find("ringgit"), std::string::npos);
  EXPECT_EQ(normalize_text("Cleaners earn RM1,500\u2013RM1,900 a month."),
            "Cleaners earn one thousand five hundred to one thousand nine hundred ringgit a month.");
  EXPECT_EQ(normalize_text("Fares run Sh800-Sh1,200 a trip."), "Fares run eight hundred to one thousand two hundred shillings a trip.");
  EXPECT_EQ(normalize_text("Grants of R2m-R6m went to Gauteng clinics."),
            "Grants of two million to six million rand went to Gauteng clinics.");
  EXPECT_EQ(normalize_text("The R2-R6 corridor was closed.").find("rand"), std::string::npos);
}

// A whole ringgit figure with no grouping, point or scale is a price only on a line that tells
// of Malaysia; elsewhere "RM" and two figures are a postcode, a grade, a bike or a batch.
TEST(RegionalMoney, WholeRinggitOnlyOnAMalaysianLine) {
  EXPECT_EQ(normalize_text("Stallholders in Ipoh charged RM38 for the set."),
            "Stallholders in Ipoh charged thirty eight ringgit for the set.");
  EXPECT_NE(normalize_text("Growers got RM740 per tonne, Bursa data showed.").find("seven hundred forty ringgit"),
            std::string::npos);
  EXPECT_EQ(normalize_text("Flats in RM16 sold quickly last spring.").find("ringgit"), std::string::npos);
  EXPECT_EQ(normalize_text("She crashed her RM450 at the Lommel round.").find("ringgit"), std::string::npos);
  EXPECT_EQ(normalize_text("The lab stored batch RM31 in the freezer.").find("ringgit"), std::string::npos);
  EXPECT_EQ(normalize_text("Staff moved up from band RM36 to RM41 in April.").find("ringgit"), std::string::npos);
  // After an article, on a Malaysian line too, the letters and figure name a model.
  EXPECT_EQ(normalize_text("In Johor he raced an RM125 to second place.").find("ringgit"), std::string::npos);
  // Grouped, decimal or scaled figures are money anywhere; a decimal is said in sen.
  EXPECT_NE(normalize_text("A kilo of flour costs RM2.85 now.").find("two ringgit eighty five sen"), std::string::npos);
  EXPECT_NE(normalize_text("The payout was RM0.35 a unit.").find("thirty five sen a unit"), std::string::npos);
  EXPECT_NE(normalize_text("The dam will cost RM2.4bil, the state said.").find("two point four billion ringgit"),
            std::string::npos);
  EXPECT_NE(normalize_text("Loans of RM750mil were approved.").find("seven hundred fifty million ringgit"),
            std::string::npos);
}

TEST(RegionalMoney, RandPerHeadOrEachOnASouthAfricanLine) {
  EXPECT_EQ(normalize_text("The Soweto clinic charges R120 per visit."), "The Soweto clinic charges one hundred twenty rand per visit.");
  EXPECT_EQ(normalize_text("Tickets in Bloemfontein are R75 each."), "Tickets in Bloemfontein are seventy five rand each.");
  EXPECT_EQ(normalize_text("Pretoria bread went up to R26 from R24."), "Pretoria bread went up to twenty six rand from twenty four rand.");
  // With no home named, or a road counted, the letter stays.
  EXPECT_EQ(normalize_text("The R61 per lane toll plan was shelved.").find("rand"), std::string::npos);
  EXPECT_EQ(normalize_text("Coaches cost R90 each in the league.").find("rand"), std::string::npos);
  EXPECT_EQ(normalize_text("Follow the R33 per the signs out of Durban.").find("rand"), std::string::npos);
  // After "the" the letter and figure are a road, whatever comes after them.
  EXPECT_EQ(normalize_text("Drivers on the R40 each evening queue past Sandton.").find("rand"), std::string::npos);
  EXPECT_EQ(normalize_text("Lorries use the R63 per week near Polokwane.").find("rand"), std::string::npos);
  // Both ends of a move are rand, whatever verb moves it.
  EXPECT_NE(normalize_text("Durban taxi fares will climb to R32 from R28.").find("thirty two rand from twenty eight rand"),
            std::string::npos);
  EXPECT_NE(normalize_text("Gauteng bus fares were cut to R17 from R19.").find("seventeen rand from nineteen rand"),
            std::string::npos);
  EXPECT_NE(normalize_text("Soweto bread will drop to R19 from R22 next week.").find("nineteen rand from twenty two rand next"),
            std::string::npos);
}

TEST(RegionalMoney, BahtLettersBeforeTheFigure) {
  EXPECT_EQ(normalize_text("Growers were paid Bt 2,500 per rai."), "Growers were paid two thousand five hundred baht per rai.");
  EXPECT_EQ(normalize_text("the ministry's Bt 3.2bn scheme"), "the ministry's three-point-two-billion-baht scheme");
  // Not before a figure, or before a plain one, the letters are the bacterium's: a cotton, a maize line.
  EXPECT_EQ(normalize_text("Bt cotton now covers most farms."), "Bt cotton now covers most farms.");
  EXPECT_EQ(normalize_text("trials of Bt11 maize").find("baht"), std::string::npos);
}

// A whole figure after the baht's letters, glued or spaced: after a word of paying, or on a line of
// the baht or Thailand; never the crop lines that "Bt" also names.
TEST(RegionalMoney, WholeBahtAfterPayingOrOnAThaiLine) {
  EXPECT_EQ(normalize_text("Visitors paid Bt300 for the boat ride."), "Visitors paid three hundred baht for the boat ride.");
  EXPECT_EQ(normalize_text("In Chiang Mai, a Thai curry is Bt 60."), "In Chiang Mai, a Thai curry is sixty baht.");
  EXPECT_EQ(normalize_text("Thai growers planted Bt 11 maize.").find("baht"), std::string::npos);
  EXPECT_EQ(normalize_text("Thai scientists say seeds with Bt 2 resist pests.").find("baht"), std::string::npos);
  EXPECT_EQ(normalize_text("The Bt 40 strain was tested in Kansas.").find("baht"), std::string::npos);
}

}  // namespace briefcast

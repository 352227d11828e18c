// The unit table's entries. A prefixed symbol ("kWh", "GW", "MHz", "µs") is not listed: each
// base names the prefixes it takes, and units.cpp joins the prefix's name to the base's.
#include "normalize/measures/unit_table.h"

#include <array>

namespace briefcast::rules::unit_table {

namespace {

// Units that take no prefix, or whose prefixed forms are words of their own.
constexpr Plain kPlain[] = {
    {"mi", "mile", "miles", false, UnitKind::long_length},
    {"ft", "foot", "feet", true, UnitKind::short_length},
    {"yd", "yard", "yards", false, UnitKind::long_length},
    {"yds", "yard", "yards", false, UnitKind::long_length},
    // A collective dose, the sum of every worker's: its letters alone had been spelt.
    {"man-Sv", "man-sievert", "man-sieverts", false},
    {"man-mSv", "man-millisievert", "man-millisieverts", false},
    {"kgs", "kilogram", "kilograms", true, UnitKind::mass},
    {"lb", "pound", "pounds", true, UnitKind::mass},
    {"lbs", "pound", "pounds", true, UnitKind::mass},
    {"oz", "ounce", "ounces", true, UnitKind::mass},
    {"ozs", "ounce", "ounces", false, UnitKind::mass},
    {"mph", "mile per hour", "miles per hour", true},
    // A racing pigeon's velocity in yards per minute ("1,287.4 ypm"); eSpeak NG said "ippum".
    {"ypm", "yard per minute", "yards per minute", false},
    {"kph", "kilometer per hour", "kilometers per hour", true},
    {"km/h", "kilometer per hour", "kilometers per hour", true},
    {"kmh", "kilometer per hour", "kilometers per hour", true},
    {"kmph", "kilometer per hour", "kilometers per hour", true},
    {"m/s", "meter per second", "meters per second", false},
    {"mpg", "mile per gallon", "miles per gallon", true},
    {"rpm", "revolution per minute", "revolutions per minute", true},
    {"psi", "pound per square inch", "pounds per square inch", true},
    {"fps", "frame per second", "frames per second", true},
    {"MP", "megapixel", "megapixels", false, UnitKind::rating},
    {"px", "pixel", "pixels", false},
    {"cc", "c c", "c c", true, UnitKind::rating},
    {"ha", "hectare", "hectares", false},
    {"sq km", "square kilometer", "square kilometers", true},
    {"sq ft", "square foot", "square feet", true},
    {"sq mi", "square mile", "square miles", true},
    {"sq in", "square inch", "square inches", true},
    // Concentrations in biology copy: "a Km of 0.45 mM", "50 nM". Written only in these cases
    // ("mm" is the millimeter, "nm" the nanometer).
    {"mM", "millimolar", "millimolar", false},
    {"uM", "micromolar", "micromolar", false},
    {"\u00b5M", "micromolar", "micromolar", false},
    {"\u03bcM", "micromolar", "micromolar", false},
    {"nM", "nanomolar", "nanomolar", false},
    // A rate per second, hour or minute with a superscript minus one: "a kcat of 120 s\u207b\u00b9".
    {"s\u207b\u00b9", "per second", "per second", false},
    {"h\u207b\u00b9", "per hour", "per hour", false},
    {"min\u207b\u00b9", "per minute", "per minute", false},
    // A result's significance in standard deviations: "a 3.4\u03c3 excess", "within 1\u03c3".
    {"\u03c3", "sigma", "sigma", false},
    // Trade shorthand after a count: a change in percentage points ("up 2.1 ppts"), a cricket
    // side's wickets ("won by 7 wkts") and a ship's or a plane's passengers ("1,500 pax").
    {"ppts", "percentage point", "percentage points", false},
    {"wkt", "wicket", "wickets", false},
    {"wkts", "wicket", "wickets", false},
    {"pax", "passenger", "passengers", false},
    // The tea auctions' lots and crops: packages offered, and a crop in million kilograms
    // ("128,600 pkgs", "112.8 mkg"); spelt as letters they were lost.
    {"pkgs", "package", "packages", false},
    {"mkg", "million kilograms", "million kilograms", false},
    // A running back's and a passer's average: "6.2 ypc", "8.1 ypa".
    {"ypc", "yard per carry", "yards per carry", false},
    {"ypa", "yard per attempt", "yards per attempt", false},
    {"\u00b0C", "degree Celsius", "degrees Celsius", true},
    {"\u00b0F", "degree Fahrenheit", "degrees Fahrenheit", true},
    {"\u00b0", "degree", "degrees", true},
    // The masculine ordinal sign, which many keyboards give for the degree sign ("1.5\u00baC").
    {"\u00baC", "degree Celsius", "degrees Celsius", true},
    {"\u00baF", "degree Fahrenheit", "degrees Fahrenheit", true},
    {"\u00ba", "degree", "degrees", true},
    // The ring above, another stand-in for the degree sign ("28\u02daC").
    {"\u02daC", "degree Celsius", "degrees Celsius", true},
    {"\u02daF", "degree Fahrenheit", "degrees Fahrenheit", true},
    {"\u02da", "degree", "degrees", true},
    // A latitude or longitude: "15.1\u00b0N", "114.8\u00b0W".
    {"\u00b0N", "degree north", "degrees north", true},
    {"\u00b0S", "degree south", "degrees south", true},
    {"\u00b0E", "degree east", "degrees east", true},
    {"\u00b0W", "degree west", "degrees west", true},
    {"%", "percent", "percent", true},
    // The per mille sign of rates in statistics: "3.9‰" of births.
    {"\u2030", "per thousand", "per thousand", true},
    // British papers write "2.1pc" for per cent; a parsec is rare in news.
    {"pc", "percent", "percent", false},
    // In news a bare "bps" is a rate change in basis points; "kbps", "Mbps" stay data rates.
    {"bps", "basis point", "basis points", false},
    {"BPS", "basis point", "basis points", false},
    {"bp", "basis point", "basis points", false},
    {"pp", "percentage point", "percentage points", false},
    {"pts", "point", "points", false},  // "down 12 pts": an index or a score
    {"bpd", "barrel per day", "barrels per day", false},
    // Pumps and fans: "a 50 gpm pump", "400 cfm".
    {"gpm", "gallon per minute", "gallons per minute", true},
    {"cfm", "cubic foot per minute", "cubic feet per minute", true},
    // Oil and gas copy counts in thousands, millions and billions within the symbol: "1.2
    // mb/d" is never megabytes, "40 bcm" of gas is billion cubic meters.
    {"mb/d", "million barrels per day", "million barrels per day", false},
    {"kb/d", "thousand barrels per day", "thousand barrels per day", false},
    {"mbpd", "million barrels per day", "million barrels per day", false},
    {"bcm", "billion cubic meters", "billion cubic meters", false},
    {"tcf", "trillion cubic feet", "trillion cubic feet", false},
    {"Mtoe", "million tonnes of oil equivalent", "million tonnes of oil equivalent", false},
    {"MMBtu", "million British thermal units", "million British thermal units", true},
    // "0.14 Btu/h·ft²·°F": the British thermal unit in the case engineers write it, spelt as
    // its capitals are ("BTU" is left to the rules that spell initials).
    {"Btu", "B.T.U", "B.T.U", false},
    // A cargo of gas by its heat ("3.4 TBtu"), a tanker's or a tank's size in cubic meters
    // ("170,000 cbm"), and precious metal by its troy ounce ("$29.87/ozt"): the letters were spelt.
    {"TBtu", "trillion British thermal units", "trillion British thermal units", true},
    {"cbm", "cubic meter", "cubic meters", false, UnitKind::volume},
    {"ozt", "troy ounce", "troy ounces", true, UnitKind::mass},
    // A liquid's viscosity ("1,450 mPa\u00b7s"), which was said "em par ess".
    {"mPa\u00b7s", "millipascal second", "millipascal seconds", true},
    {"b/d", "barrel per day", "barrels per day", false},
    // Emissions by their mass of carbon dioxide, as climate and energy copy writes them per a
    // unit: "124 gCO₂/kWh", "€61.40/tCO₂". Larger masses ("MtCO₂e") are read in context_units.cpp.
    // A gene therapy's dose in vector genomes per kilogram of body weight: "2×10¹³ vg/kg".
    {"vg/kg", "vector genome per kilogram", "vector genomes per kilogram", false},
    {"gCO2", "gram of C.O two", "grams of C.O two", false},
    {"gCO₂", "gram of C.O two", "grams of C.O two", false},
    {"gCO2e", "gram of C.O two equivalent", "grams of C.O two equivalent", false},
    {"gCO₂e", "gram of C.O two equivalent", "grams of C.O two equivalent", false},
    {"kgCO2", "kilogram of C.O two", "kilograms of C.O two", false},
    {"kgCO₂", "kilogram of C.O two", "kilograms of C.O two", false},
    {"kgCO2e", "kilogram of C.O two equivalent", "kilograms of C.O two equivalent", false},
    {"kgCO₂e", "kilogram of C.O two equivalent", "kilograms of C.O two equivalent", false},
    {"tCO2", "tonne of C.O two", "tonnes of C.O two", false},
    {"tCO₂", "tonne of C.O two", "tonnes of C.O two", false},
    {"tCO2e", "tonne of C.O two equivalent", "tonnes of C.O two equivalent", false},
    {"tCO₂e", "tonne of C.O two equivalent", "tonnes of C.O two equivalent", false},
    // Oil-field copy: a pressure against the air or against a vacuum ("4,250 psig"), gas in
    // standard cubic feet counted in thousands (M), millions (MM) and billions (B) ("38 MMscf/d",
    // "1,800 scf/bbl"), stock-tank barrels in the same steps, a hook load in thousands of pounds
    // ("25 klbs", "a 300-kip load") and a drilling fluid's salt in grains per pound ("8 gpp").
    {"psig", "pound per square inch gauge", "pounds per square inch gauge", true},
    {"psia", "pound per square inch absolute", "pounds per square inch absolute", true},
    {"scf", "standard cubic foot", "standard cubic feet", false},
    {"Mscf", "thousand standard cubic feet", "thousand standard cubic feet", false},
    {"MMscf", "million standard cubic feet", "million standard cubic feet", false},
    {"Bscf", "billion standard cubic feet", "billion standard cubic feet", false},
    {"Mcf", "thousand cubic feet", "thousand cubic feet", false},
    {"MMcf", "million cubic feet", "million cubic feet", false},
    {"Bcf", "billion cubic feet", "billion cubic feet", false},
    {"Tcf", "trillion cubic feet", "trillion cubic feet", false},
    {"Mcfe", "thousand cubic feet equivalent", "thousand cubic feet equivalent", false},
    {"MMcfe", "million cubic feet equivalent", "million cubic feet equivalent", false},
    {"Bcfe", "billion cubic feet equivalent", "billion cubic feet equivalent", false},
    {"Mbbl", "thousand barrels", "thousand barrels", false},
    {"MMbbl", "million barrels", "million barrels", false},
    {"MMbbls", "million barrels", "million barrels", false},
    {"stb", "stock tank barrel", "stock tank barrels", false},
    {"bopd", "barrel of oil per day", "barrels of oil per day", false},
    {"klb", "thousand pounds", "thousand pounds", false, UnitKind::mass},
    {"klbs", "thousand pounds", "thousand pounds", false, UnitKind::mass},
    {"kip", "kip", "kips", false, UnitKind::mass},
    {"kips", "kip", "kips", false, UnitKind::mass},
    {"gpp", "grain per pound", "grains per pound", false},
    // Reserves and output in barrels of oil equivalent, gas in millions of standard cubic
    // meters or feet a day, and plants' capacity in tonnes a year ("4.5 mtpa", "350ktpa"):
    // spelt as letters they were no unit a listener knows.
    {"boe", "barrel of oil equivalent", "barrels of oil equivalent", false},
    {"boe/d", "barrel of oil equivalent per day", "barrels of oil equivalent per day", false},
    {"boepd", "barrel of oil equivalent per day", "barrels of oil equivalent per day", false},
    {"mmscmd", "million standard cubic meters a day", "million standard cubic meters a day", false},
    {"mmscfd", "million standard cubic feet a day", "million standard cubic feet a day", false},
    {"mtpa", "million tonnes a year", "million tonnes a year", true},
    {"ktpa", "thousand tonnes a year", "thousand tonnes a year", false},
    {"tpa", "tonne a year", "tonnes a year", false},
    {"MnT", "million tonnes", "million tonnes", false},
    // Water utilities give a plant's flow in million gallons a day ("a 45 MGD plant"): the
    // letters were spelt, a unit only insiders decode.
    {"MGD", "million gallons a day", "million gallons a day", true},
    // Counts of bacteria and viruses in a sample, said as their letters ("200 cfu/100ml" is
    // "C F U per one hundred milliliters"): colony- and plaque-forming units, most probable number.
    {"cfu", "C.F.U", "C.F.U", true},
    {"pfu", "P.F.U", "P.F.U", true},
    {"MPN", "M.P.N", "M.P.N", false},
    {"bpm", "beat per minute", "beats per minute", true},
    {"ppg", "point per game", "points per game", false},
    {"sec", "second", "seconds", false},
    {"secs", "second", "seconds", false},
    {"min", "minute", "minutes", false},
    {"mins", "minute", "minutes", false},
    {"hr", "hour", "hours", false},
    {"hrs", "hour", "hours", false},
    {"h", "hour", "hours", false},
    {"yr", "year", "years", false},
    {"yrs", "year", "years", false},
    {"mo", "month", "months", false},
    {"mos", "month", "months", false},
    {"mth", "month", "months", false},
    {"mths", "month", "months", false},
    {"wk", "week", "weeks", false},
    {"wks", "week", "weeks", false},
    {"kms", "kilometer", "kilometers", false, UnitKind::long_length},
    {"bu", "bushel", "bushels", false},       {"Bft", "Beaufort", "Beaufort", false},
    {"pcs", "piece", "pieces", false},        {"ctn", "carton", "cartons", false},
    {"doz", "dozen", "dozen", false},         {"bn", "billion", "billion", false},
    // A water bill's thousand gallons ("5 kgal").
    {"kgal", "thousand gallon", "thousand gallons", false, UnitKind::volume},
    {"tn", "trillion", "trillion", false},    {"trn", "trillion", "trillion", false},
    {"dB", "decibel", "decibels", false, UnitKind::rating},
    // Weighted as the ear hears: the weighting is part of a level (a self-noise), so it is said;
    // the singular, which an adjective takes, leaves it out ("a thirty-eight-decibel room").
    {"dBA", "decibel", "A-weighted decibels", false, UnitKind::rating},
    {"dBa", "decibel", "A-weighted decibels", false, UnitKind::rating},
    {"dB-A", "decibel", "A-weighted decibels", false, UnitKind::rating},
    // The weighting in brackets, as noise at work is written ("85 dB(A)", a peak's "dB(C)").
    {"dB(A)", "decibel", "A-weighted decibels", false, UnitKind::rating},
    {"dB(C)", "decibel", "C-weighted decibels", false, UnitKind::rating},
    // Audio levels against a reference: full scale and true peak are said as words, the
    // references engineers say by their letters ("dBu", "dBV") spelt; loudness units likewise.
    {"dBFS", "decibel full scale", "decibels full scale", false, UnitKind::rating},
    {"dBTP", "decibel true peak", "decibels true peak", false, UnitKind::rating},
    {"dBu", "D.B.U", "D.B.U", false, UnitKind::rating},     {"dBV", "D.B.V", "D.B.V", false, UnitKind::rating},
    {"dBm", "D.B.M", "D.B.M", false, UnitKind::rating},     {"dBi", "D.B.I", "D.B.I", false, UnitKind::rating},
    {"LUFS", "L.U.F.S", "L.U.F.S", false, UnitKind::rating}, {"LKFS", "L.K.F.S", "L.K.F.S", false, UnitKind::rating},
    {"LU", "loudness unit", "loudness units", false, UnitKind::rating},
    // Tape speed, a print screen's ruling and paper's weight ("G S M", as printers say it).
    // A bus's or a link's rate in transfers a second ("PCIe 5.0 at 32 GT/s").
    {"GT/s", "gigatransfer per second", "gigatransfers per second", false, UnitKind::rating},
    {"MT/s", "megatransfer per second", "megatransfers per second", false, UnitKind::rating},
    {"ips", "inch per second", "inches per second", false}, {"lpi", "line per inch", "lines per inch", false},
    {"gsm", "G.S.M", "G.S.M", false},
    // Pressure in bar, unchanged in the plural as engineers say it ("seven bar"); a share by
    // weight, volume or moles ("10 wt%").
    {"bar", "bar", "bar", false},                           {"mbar", "millibar", "millibars", false},
    // "30 barg": bar above the air's pressure, as a gauge reads it.
    {"barg", "bar gauge", "bar gauge", false},
    // A boiler's pressure against a vacuum, as psia is in pounds ("67 bara").
    {"bara", "bar absolute", "bar absolute", false},
    {"bar(a)", "bar absolute", "bar absolute", false},
    {"bar(g)", "bar gauge", "bar gauge", false},
    {"psi(a)", "pound per square inch absolute", "pounds per square inch absolute", false},
    {"psi(g)", "pound per square inch gauge", "pounds per square inch gauge", false},
    // An ocean's pressure in decibars ("2,150 dbar", a depth in meters near enough), a soil's
    // suction in centibars, a rock's in kilobars.
    {"dbar", "decibar", "decibars", false},                 {"cbar", "centibar", "centibars", false},
    {"kbar", "kilobar", "kilobars", false},
    {"wt%", "weight percent", "weight percent", false},     {"vol%", "volume percent", "volume percent", false},
    {"mol%", "mole percent", "mole percent", false},
    {"tbsp", "tablespoon", "tablespoons", true, UnitKind::volume},
    {"tsp", "teaspoon", "teaspoons", true, UnitKind::volume},
    {"gal", "gallon", "gallons", true, UnitKind::volume},
    {"qt", "quart", "quarts", true, UnitKind::volume},
    {"qts", "quart", "quarts", true, UnitKind::volume},
    {"hp", "horsepower", "horsepower", true, UnitKind::rating},
    {"bhp", "brake horsepower", "brake horsepower", true, UnitKind::rating},
    // Torque: pound-feet in American copy, newton meters in European.
    {"lb-ft", "pound foot", "pound feet", true},
    {"lb.-ft", "pound foot", "pound feet", true},
    {"lbs-ft", "pound foot", "pound feet", true},
    {"ft-lb", "foot pound", "foot pounds", true},
    {"ft-lbs", "foot pound", "foot pounds", true},
    {"Nm", "newton meter", "newton meters", false, UnitKind::rating},
    // The same with the product's middle dot or dot operator ("205 N\u00b7m"): eSpeak NG spelt
    // the letters, the torque lost.
    {"N\u00b7m", "newton meter", "newton meters", false, UnitKind::rating},
    {"N\u22c5m", "newton meter", "newton meters", false, UnitKind::rating},
    {"kN\u00b7m", "kilonewton meter", "kilonewton meters", false, UnitKind::rating},
    {"kN\u22c5m", "kilonewton meter", "kilonewton meters", false, UnitKind::rating},
    // Vitamins and hormones are dosed in international units ("400 IU", "5 IU/mL"), else spelt.
    {"IU", "international unit", "international units", false},
    // Electrolytes in clinical copy ("140 mEq/L of sodium"): eSpeak NG said "em eck".
    {"mEq", "milliequivalent", "milliequivalents", true},
    // A rating plate's "~" after the volt marks alternating current ("220\u2013240 V~"); eSpeak
    // NG said "tilde".
    {"V~", "volt A.C", "volts A.C", false, UnitKind::rating},
    // Property listings' square feet: "2,400 SF".
    {"SF", "square foot", "square feet", false},
    {"sf", "square foot", "square feet", false},
    // A load on a floor or a roof ("a 50 psf live load"); after a price it is "per square foot".
    {"psf", "pound per square foot", "pounds per square foot", false},
    {"ppm", "part per million", "parts per million", true},
    {"ppb", "part per billion", "parts per billion", true},
    // A gas's share of the air by volume, as climate and ice-core records give it ("280 ppmv").
    {"ppmv", "part per million by volume", "parts per million by volume", true},
    {"ppbv", "part per billion by volume", "parts per billion by volume", true},
    // Aquarium water's hardness in German degrees ("6 dGH", "8 dKH"), and a radio's or a
    // converter's sampling rate ("122.88 Msps"): spelt as letters the measure was lost.
    {"dGH", "degree of general hardness", "degrees of general hardness", false},
    {"dKH", "degree of carbonate hardness", "degrees of carbonate hardness", false},
    {"ksps", "kilosample per second", "kilosamples per second", true},
    {"Msps", "megasample per second", "megasamples per second", true},
    {"Gsps", "gigasample per second", "gigasamples per second", true},
    // A flood's packet rate ("410 Mpps"), said as network engineers say it, the scale a count.
    {"kpps", "thousand packets per second", "thousand packets per second", false},
    {"Kpps", "thousand packets per second", "thousand packets per second", false},
    {"Mpps", "million packets per second", "million packets per second", false},
    {"Gpps", "billion packets per second", "billion packets per second", false},
    {"dpi", "dot per inch", "dots per inch", true},
    // Binary multiples of the byte have names of their own.
    {"KiB", "kibibyte", "kibibytes", false},
    {"MiB", "mebibyte", "mebibytes", false},
    {"GiB", "gibibyte", "gibibytes", false},
    {"TiB", "tebibyte", "tebibytes", false},
    {"mcg", "microgram", "micrograms", true, UnitKind::mass},
    {"kn", "knot", "knots", false},
    {"kts", "knot", "knots", false},
    {"nmi", "nautical mile", "nautical miles", false, UnitKind::long_length},
    {"mmHg", "millimeter of mercury", "millimeters of mercury", false},
    {"inHg", "inch of mercury", "inches of mercury", false},
    // A duct's or a flue's pressure in heating and ventilation: inches of water column.
    {"inWC", "inch of water column", "inches of water column", false},
    {"inH2O", "inch of water", "inches of water", false},
    {"inH\u2082O", "inch of water", "inches of water", false},
    // Force as engineering copy gives it: a mass's weight ("28 kgf/cm\u00b2", "500 lbf").
    {"kgf", "kilogram force", "kilograms force", false},
    {"lbf", "pound force", "pounds force", false},
    // A rocket engine's thrust: "7,590 tf".
    {"tf", "tonne force", "tonnes force", false},
    // The old "degrees Kelvin"; with the degree sign the K cannot be thousands.
    {"\u00b0K", "kelvin", "kelvin", true},
    {"au", "astronomical unit", "astronomical units", true},
    {"ly", "light year", "light years", false},
    {"lm", "lumen", "lumens", false, UnitKind::rating},
    {"lx", "lux", "lux", false},
    {"bbl", "barrel", "barrels", false, UnitKind::volume},
    {"cal", "calorie", "calories", false},
    // Old weights still quoted by farm and commodity markets, a bloodstock sale's guineas, a
    // grape's sugar in degrees Brix, and dairy prices per kilogram of milk solids.
    {"cwt", "hundredweight", "hundredweight", false, UnitKind::mass},
    {"gns", "guinea", "guineas", false},
    {"\u00b0Bx", "degree Brix", "degrees Brix", false},
    {"\u00b0Brix", "degree Brix", "degrees Brix", false},
    {"kgMS", "kilogram of milk solids", "kilograms of milk solids", false},
    // Fisheries and trade copy: metric tons in lower case ("1.3 million mt"), a screen's
    // density ("264 ppi") and forest cover in millions of hectares ("3.7 Mha").
    {"mt", "metric ton", "metric tons", false},
    // Emissions and output in millions of tonnes: "2.4 Mt", said "million tonnes", not megatonnes.
    {"Mt", "million tonnes", "million tonnes", false},
    {"ppi", "pixel per inch", "pixels per inch", false},
    {"Mha", "million hectares", "million hectares", false},
    {"atm", "atmosphere", "atmospheres", false},
    // Trades' own units: a mine's ore grade and output ("3.4g/t", "2.1Moz", "412koz", iron ore
    // "per dmt"), the Sun's radio flux ("245 sfu"), a watch's beat ("28,800 vph") and a
    // knitter's stitches ("22 sts"); left as letters eSpeak NG says them as nothing one knows.
    {"g/t", "gram per tonne", "grams per tonne", false},
    {"Moz", "million ounces", "million ounces", false},
    {"koz", "thousand ounces", "thousand ounces", false},
    {"dmt", "dry metric tonne", "dry metric tonnes", false},
    {"sfu", "solar flux unit", "solar flux units", false},
    {"vph", "vibration per hour", "vibrations per hour", false},
    {"sts", "stitch", "stitches", false},
    // Grain and energy copy's millions of metric tonnes ("46.3 MMT"), and a power plant's output
    // as electricity or as heat ("77 MWe", "3 GWth"): spelt as letters ("M M T", "M W E") the
    // quantity was lost on the listener. Grain copy writes it in lower case too ("166 mmt").
    {"MMT", "million metric tonnes", "million metric tonnes", true},
    // A ship sold for scrap is priced per tonne of its empty weight ("$495/ldt").
    {"ldt", "light displacement tonne", "light displacement tonnes", false},
    {"kWe", "kilowatt electric", "kilowatts electric", false},
    {"MWe", "megawatt electric", "megawatts electric", false},
    {"GWe", "gigawatt electric", "gigawatts electric", false},
    {"MWt", "megawatt thermal", "megawatts thermal", false},
    {"MWth", "megawatt thermal", "megawatts thermal", false},
    {"GWth", "gigawatt thermal", "gigawatts thermal", false},
    // A watch's rate: "+2 s/day".
    {"s/day", "second per day", "seconds per day", false},
    // Trades' units that were spelt as letters after a figure: an implant's torque ("35 Ncm"), a
    // mill's daily tonnage ("12,000 tpd"), a gas's volumes in a beer ("2.4 vols"), a mine's level
    // in meters of reduced level ("the 780 mRL"), and astronomy's distances, angles and sizes
    // ("18 kpc", "0.4 arcsec", "1.4 R⊕", "21.7 mag/arcsec²").
    // Timber in thousands of board feet ("$900/MBF") and a pit's waste in millions of bank
    // cubic meters ("38 Mbcm").
    {"MBF", "thousand board feet", "thousand board feet", false},
    {"Mbcm", "million bank cubic meters", "million bank cubic meters", false},
    {"Ncm", "newton centimeter", "newton centimeters", false, UnitKind::rating},
    // In capitals ("300 TPD", "500,000 TPA") a mill's rates are read in letter_units.cpp, only
    // beside a plant's words: a police department and an insurer's administrator write them too.
    {"tpd", "tonne per day", "tonnes per day", false},
    // A pump's or a reverse-osmosis unit's flow in gallons per hour ("a 1,200-gph unit"); in
    // capitals, letter_units.cpp reads it beside a pump's words ("12 GPH homes" is no flow).
    {"gph", "gallon per hour", "gallons per hour", false},
    // The quintal, a hundred kilograms, in which Indian farm copy prices grain ("\u20b92,320/qtl").
    {"qtl", "quintal", "quintals", true, UnitKind::mass},
    {"qtls", "quintal", "quintals", true, UnitKind::mass},
    {"vols", "volume", "volumes", false},
    {"mRL", "meter R.L", "meters R.L", false},
    {"kpc", "kiloparsec", "kiloparsecs", false, UnitKind::long_length},
    {"Mpc", "megaparsec", "megaparsecs", false, UnitKind::long_length},
    {"Gpc", "gigaparsec", "gigaparsecs", false, UnitKind::long_length},
    {"arcsec", "arcsecond", "arcseconds", false},
    {"arcmin", "arcminute", "arcminutes", false},
    {"mas", "milliarcsecond", "milliarcseconds", false},
    {"arcsec\u00b2", "square arcsecond", "square arcseconds", false},
    {"mag/arcsec\u00b2", "magnitude per square arcsecond", "magnitudes per square arcsecond", false},
    {"mag/arcsec2", "magnitude per square arcsecond", "magnitudes per square arcsecond", false},
    {"R\u2295", "Earth radius", "Earth radii", false},
    {"M\u2295", "Earth mass", "Earth masses", false},
    {"R\u2609", "solar radius", "solar radii", false},
    {"M\u2609", "solar mass", "solar masses", false},
};

constexpr std::array<Prefix, 18> kPrefixes = {{
    {"p", "pico", true},
    {"f", "femto", true},
    {"a", "atto", true},  // no base in kBases takes it: only barns do (superscripts.cpp)
    {"k", "kilo"},
    {"K", "kilo"},
    {"M", "mega"},
    {"G", "giga"},
    {"T", "tera"},
    {"P", "peta"},
    {"E", "exa"},
    {"Z", "zetta"},
    {"m", "milli", true},
    {"\u00b5", "micro", true},
    {"\u03bc", "micro", true},
    {"n", "nano", true},
    {"c", "centi", true},
    {"d", "deci", true},
    {"h", "hecto"},
}};

constexpr Base kBases[] = {
    {"m", "meter", "meters", "kcmund", true, UnitKind::long_length},
    {"g", "gram", "grams", "kmun", true, UnitKind::mass},
    {"W", "watt", "watts", "kMGTPmun", true, UnitKind::rating},
    {"Wh", "watt hour", "watt hours", "kMGT", true, UnitKind::rating},
    {"Hz", "hertz", "hertz", "kMGT", true, UnitKind::rating},
    {"B", "byte", "bytes", "kKMGTPE", false, UnitKind::none},
    {"b", "bit", "bits", "kKMGT", false, UnitKind::none},
    {"bit", "bit", "bits", "kKMGT", false, UnitKind::none},
    {"bps", "bit per second", "bits per second", "kKMGT", true, UnitKind::none},
    {"bE", "bit Ethernet", "bit Ethernet", "MGT", false, UnitKind::none},  // a link's speed: "100GbE"
    {"B/s", "byte per second", "bytes per second", "kKMGT", false, UnitKind::none},
    // A network's or a miner's hash rate: "600 EH/s", "110 TH/s".
    {"H/s", "hash per second", "hashes per second", "kMGTPE", false, UnitKind::none},
    // Water and brewing copy measure in kilo-, hecto- and megaliters ("2,000 ML", "5 million hl").
    {"L", "liter", "liters", "umcdhkMG", true, UnitKind::volume},
    {"l", "liter", "liters", "umcdhkM", true, UnitKind::volume},
    // "2 ℓ", "c/ℓ": the script small l, a litre's symbol in South African and older print.
    {"\u2113", "liter", "liters", "umcdk", true, UnitKind::volume},
    {"V", "volt", "volts", "kmMun", true, UnitKind::rating},
    // Electrical parts and grids: resistance, capacitance, inductance and apparent power
    // ("4.7 k\u03a9", "100 \u00b5F", "10 mH", "50 MVA"). A bare "F" is Fahrenheit, a bare "H" hours
    // and a bare "VA" Virginia or Veterans Affairs, so only their prefixed forms are units.
    {"\u2126", "ohm", "ohms", "kMGm", true, UnitKind::rating},
    {"\u03a9", "ohm", "ohms", "kMGm", true, UnitKind::rating},
    {"F", "farad", "farads", "munp", false, UnitKind::none},
    {"H", "henry", "henries", "mun", false, UnitKind::none},
    {"VA", "volt ampere", "volt amperes", "kMG", false, UnitKind::rating},
    // A solar array's peak output: "a 5 kWp system".
    {"Wp", "watt peak", "watts peak", "kMG", false, UnitKind::rating},
    {"A", "amp", "amps", "mkunp", false, UnitKind::rating},
    {"Ah", "amp hour", "amp hours", "m", true, UnitKind::rating},
    {"Pa", "pascal", "pascals", "kMGhm", true, UnitKind::none},
    {"J", "joule", "joules", "kMGTPEZmun", true, UnitKind::none},
    {"N", "newton", "newtons", "kc", false, UnitKind::none},
    {"tex", "tex", "tex", "kdc", true, UnitKind::none},  // a yarn's or a fibre's fineness: "150 dtex", "36 N/ktex"
    {"eV", "electron volt", "electron volts", "kMGT", true, UnitKind::none},
    {"s", "second", "seconds", "munpf", false, UnitKind::none},
    {"cal", "calorie", "calories", "k", false, UnitKind::none},
    {"t", "tonne", "tonnes", "kMG", false, UnitKind::none},
    {"mol", "mole", "moles", "munpf", true, UnitKind::none},
    // Radiation doses and activity, as reports on nuclear accidents give them ("20 mSv").
    {"Sv", "sievert", "sieverts", "mun", true, UnitKind::none},
    {"Gy", "gray", "grays", "mc", true, UnitKind::none},
    // Magnetic fields: the Earth's in nanotesla ("a Bz of -20 nT"), a scanner's in tesla; a bare
    // "T" is a letter, so only the prefixed forms are units.
    {"T", "tesla", "tesla", "mun", false, UnitKind::none},
    // Cryogenics and cold-atom copy: a fridge at "12 mK", atoms at "10 µK". A bare "K" is also
    // thousands or a letter (the kelvin alone is colour_temperature.cpp's), so only prefixed forms.
    {"K", "kelvin", "kelvin", "mun", false, UnitKind::none},
    // Tilt and beam divergence ("25 \u00b5rad"); a bare "rad" is also an old dose unit.
    {"rad", "radian", "radians", "mu", false, UnitKind::none},
    {"Bq", "becquerel", "becquerels", "kMGT", true, UnitKind::none},
    // Conductivity of a nutrient feed, soil or water, per a length ("2.6 mS/cm", "1.2 dS/m",
    // "450 µS/cm"); a bare "S" is a letter (a size, south), so only the prefixed forms are units.
    {"S", "siemens", "siemens", "mud", false, UnitKind::none},
    // A molecule's mass in biology copy: "a 60 kDa protein". A bare "Da" may be a name.
    {"Da", "dalton", "daltons", "kM", false, UnitKind::none},
    // A computer's speed: "a 1.1 EFLOPS machine". The name is the same for one and many.
    {"FLOPS", "flops", "flops", "kMGTPE", true, UnitKind::none},
};

constexpr Spelling kLooseCase[] = {
    {"kw", "kW"},     {"kwh", "kWh"},   {"mwh", "MWh"},   {"gwh", "GWh"},   {"twh", "TWh"}, {"gw", "GW"},
    {"hz", "Hz"},     {"khz", "kHz"},   {"mhz", "MHz"},   {"ghz", "GHz"},   {"thz", "THz"},   {"kb", "kB"},     {"mb", "MB"},   {"gb", "GB"},
    {"tb", "TB"},     {"pb", "PB"},     {"kbps", "kbps"}, {"mbps", "Mbps"}, {"gbps", "Gbps"}, {"km", "km"},
    {"kg", "kg"},     {"cm", "cm"},     {"mm", "mm"},     {"kv", "kV"},     {"kpa", "kPa"}, {"kcal", "kcal"},
    {"ml", "mL"},     {"mg", "mg"},     {"gflops", "GFLOPS"}, {"tflops", "TFLOPS"}, {"pflops", "PFLOPS"},
    {"eflops", "EFLOPS"},
};

}  // namespace

std::span<const Plain> plain_units() { return kPlain; }
std::span<const Prefix> prefixes() { return kPrefixes; }
std::span<const Base> bases() { return kBases; }
std::span<const Spelling> loose_spellings() { return kLooseCase; }

}  // namespace briefcast::rules::unit_table

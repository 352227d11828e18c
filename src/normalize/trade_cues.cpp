#include "normalize/trade_cues.h"

#include "normalize/text_util.h"

namespace briefcast::rules {

// The weld and its trade, and the processes by their letters: metal and tungsten in inert gas,
// and manual metal arc (the stick welder's).
bool tells_of_welding(std::string_view core) {
  return text::is_one_of_lowered(core, {"weld", "welds", "welded", "welding", "welder", "welders", "tig", "mig", "mma"});
}

// The sky's bodies, the instruments and coordinates that place them, and the decay of an
// isotope, whose half-lives are written in days as orbits are. Not "Dec": it is the word the
// declination rule reads, and December's abbreviation too; nor words every trade uses
// ("target", "altitude", "epoch", "seeing", "binary", "cluster").
bool tells_of_sky(std::string_view core) {
  return text::is_one_of_lowered(
      core, {"ra", "r.a", "declination", "ascension", "arcsec", "arcsecond", "arcseconds", "arcmin", "telescope",
             "telescopes", "observatory", "star", "stars", "stellar", "galaxy", "nebula", "quasar", "pulsar",
             "comet", "comets", "asteroid", "asteroids", "exoplanet", "exoplanets", "planet", "planets",
             "constellation", "j2000", "transit", "transits", "azimuth", "magnitude", "mag",
             "meridian", "sky", "astronomers", "astronomy", "orbit", "orbits", "orbited",
             "orbiting", "orbital", "moon", "lunar", "earth", "fwhm", "parallax", "dwarf", "flyby",
             "near-earth", "neo", "au", "half-life", "half-lives", "isotope", "decays"});
}

// The coordinates, their epochs and the instruments that take them; "RA" only in capitals, as
// "Ra" is a name.
bool tells_of_sky_coordinates(std::string_view core) {
  return text::is_one_of(core, {"RA", "R.A"}) ||
         text::is_one_of_lowered(core, {"declination", "ascension", "j2000", "b1950", "arcmin", "arcminute",
                                        "arcminutes", "arcsec", "arcsecond", "arcseconds", "magnitude", "mag",
                                        "telescope", "telescopes", "observatory", "azimuth", "meridian", "fwhm"});
}

namespace {

// A ship by what it carries or how it is built, and the trade's codes for gas and crude
// carriers, as a line writes them: the nouns in lower case, the codes in capitals.
bool is_ship_noun(std::string_view w) {
  return text::is_one_of(w, {"ship", "vessel", "tanker", "carrier", "bulker", "freighter", "barge", "LNGC", "VLCC",
                             "VLGC", "ULCC", "FSRU"});
}

}  // namespace

bool names_a_ship(std::string_view w) {
  if (w.size() > 3 && w.back() == 's') w.remove_suffix(1);
  return is_ship_noun(w);
}

// The ships, their classes by size, and where they are built. Not words other trades use as
// often ("charter", "chartered", "fleet", "cruise"): a car's "GT" is read beside them.
bool tells_of_ships(std::string_view core) {
  std::string lowered = text::lower(core);
  std::string upper;
  for (char c : lowered) upper += text::is_lower(c) ? static_cast<char>(c - 'a' + 'A') : c;
  if (lowered.size() > 3 && lowered.back() == 's') upper.pop_back();
  return names_a_ship(lowered) || is_ship_noun(upper) ||
         text::is_one_of(lowered, {"ferry", "liner", "hull", "tonnage", "capesize", "panamax", "aframax", "suezmax",
                                   "supramax", "ultramax", "handysize", "handymax", "kamsarmax", "bulker", "bulkers",
                                   "shipyard", "newbuild", "newbuilding"});
}

// The round and what fires it, shared by guns and airguns: not "bow" or "gun" alone, which each
// of the two trades reads apart.
bool tells_of_ammunition(std::string_view core) {
  return text::is_one_of_lowered(core, {"bullet", "bullets", "cartridge", "cartridges", "ammunition", "ammo", "muzzle",
                                        "rifle", "rifles", "calibre", "caliber"});
}

// The race and its card, the horses by age and sex, the people on and around them. Not "race",
// "chase", "hurdle", "stakes" or "odds", which other sports, the bookmakers' politics and
// plain news share.
bool tells_of_horse_racing(std::string_view core) {
  return text::is_one_of_lowered(
      core, {"handicap", "hcp", "steeplechase", "furlong", "furlongs", "racecourse", "racehorse", "racehorses",
             "jockey", "jockeys", "trainer", "claimer", "mare", "colt", "colts", "filly", "fillies", "gelding",
             "yearling", "stallion", "sire", "stewards", "stewards'", "goingstick", "racecard", "exacta", "trifecta",
             "quinella", "superfecta", "point-to-point"});
}

// The boats, the people in them, their oars and machines, and the races rowed. Not "crew",
// "stroke", "shell" or "blades", which a film set, a clinic and a kitchen share.
bool tells_of_rowing(std::string_view core) {
  return text::is_one_of_lowered(
      core, {"rowing", "rower", "rowers", "rowed", "sculls", "scull", "sculler", "scullers", "sculling", "regatta",
             "regattas", "cox", "coxed", "coxless", "coxswain", "oar", "oars", "oarsman", "oarsmen", "oarswoman", "erg",
             "ergs", "boathouse", "spm", "repechage", "headrace"});
}

// The game's words, its formats by their letters, and the scorecard's shorthand; not words
// other sports use as often ("runs", "ball", "pitch", "innings" of baseball aside).
bool tells_of_cricket(std::string_view core) {
  return text::is_one_of_lowered(
      core, {"stumps", "declared", "overs", "wickets", "wicket", "innings", "bowled", "bowler", "chase", "chasing",
             "cricket", "odi", "odis", "t20", "t20i", "t20is", "batting", "batted", "lbw", "all-rounder", "ov", "wkts",
             "fours", "sixes", "balls", "f-c", "wicketkeeper", "wicket-keeper", "leg-spinner",
             "off-spinner", "spinner", "seamer", "batsman", "batsmen", "stumped", "stumping", "stumpings", "ccc"});
}

// The game, its titles by their letters, its bodies and time controls, and the board's words.
// Not "board", "rated", "moves", "queen", "bishop" or "opening" alone: a company's board, a
// film's rating, a monarch and a church have them.
bool tells_of_chess(std::string_view core) {
  return text::is_one_of_lowered(
      core, {"chess", "gm", "im", "wim", "wgm", "fm", "grandmaster", "grandmasters", "fide", "elo", "blitz",
             "armageddon", "checkmate", "checkmated", "stalemate", "endgame", "endgames", "gambit", "rook", "rooks",
             "pawn", "pawns", "castled", "brilliancy"});
}

// The craft, its orbits and its fleets; not "launch" or "space", which other trades use.
bool tells_of_satellites(std::string_view core) {
  return text::is_one_of_lowered(core, {"satellite", "satellites", "sats", "constellation", "constellations",
                                        "orbit", "orbits", "orbital", "geo", "meo", "spacecraft", "starlink",
                                        "broadband", "uplink", "downlink", "terminals"});
}

// A development's homes and the planning that grants them.
bool tells_of_housing(std::string_view core) {
  return text::is_one_of_lowered(core, {"dwelling", "dwellings", "homes", "housing", "density", "affordable",
                                        "planning", "units", "residential", "scheme", "developer", "hectare",
                                        "hectares", "ha", "site"});
}

// The games' own words and statistics, their leagues and the roles of their players. Not
// "game", "match", "final" or "series": every sport uses them.
bool tells_of_esports(std::string_view core) {
  return text::is_one_of_lowered(
      core, {"esports", "e-sports", "esport", "gaming", "kda", "mid-laner", "laner", "jungler",
             "awper", "carry", "support", "bracket", "upper-bracket", "lower-bracket", "losers'", "map", "maps",
             "patch", "nerf", "nerfs", "nerfed", "buff", "buffs", "roster", "rostered", "split", "lan", "dota",
             "valorant", "counter-strike", "cs2", "csgo", "lol", "overwatch", "fortnite", "tekken", "fgc"});
}

bool tells_of_fighting_games(std::string_view core) {
  return text::is_one_of_lowered(core, {"punish", "punishes", "punishable", "startup", "start-up", "on-block",
                                        "on-hit", "combo", "combos", "frame", "frames", "jab", "jabs", "whiff",
                                        "reversal", "tekken", "fgc", "evo"});
}

// The vertebrae, the spine's regions and the scans and operations that name its levels.
bool tells_of_spine(std::string_view core) {
  return text::is_one_of_lowered(
      core, {"spine", "spinal", "vertebra", "vertebrae", "vertebral", "lumbar", "thoracic", "cervical", "sacral",
             "disc", "discs", "disk", "disks", "fusion", "laminectomy", "discectomy", "dexa", "dxa", "bone",
             "osteoporosis", "fracture", "fractures", "spondylosis", "stenosis", "level", "levels"});
}

// Lawmakers, their titles and chambers, and the votes and polls that choose them.
bool tells_of_elections(std::string_view core) {
  return text::is_one_of_lowered(
      core, {"rep", "sen", "senator", "senators", "representative", "congressman", "congresswoman", "assemblyman",
             "assemblywoman", "lawmaker", "lawmakers", "legislator", "incumbent", "challenger", "candidate",
             "candidates", "election", "elections", "primary", "poll", "polls", "polling", "survey", "voters",
             "voted", "vote", "votes", "ballot", "ballots", "leads", "led", "trails", "district", "senate",
             "congress", "caucus", "nominee", "seat", "race"});
}

// Things numbered by an identifier: lots and listings, tickets and orders, cases and claims.
bool names_an_identifier(std::string_view core) {
  return text::is_one_of_lowered(
      core, {"lot", "lots", "listing", "ticket", "tickets", "case", "order", "invoice", "claim", "item", "ref",
             "reference", "account", "policy", "permit", "docket", "unit", "serial", "part", "patent", "badge",
             "incident", "report", "complaint", "petition", "application", "receipt", "booking", "tracking",
             "confirmation", "shipment", "parcel", "batch", "exhibit", "file", "plot", "store", "locker"});
}

bool numbered_noun(std::string_view core) {
  return names_an_identifier(core) ||
         text::is_one_of_lowered(core, {"passport", "ring", "flight", "licence", "license", "model", "registration",
                                        "certificate", "contract", "catalogue", "catalog", "tag", "chip", "prisoner",
                                        "inmate", "membership", "customer", "vehicle", "serial", "title", "flat",
                                        "room", "tender", "cheque", "check",
                                        // A recall's or a regulator's numbered notices.
                                        "campaign", "recall", "bulletin", "notice", "circular"});
}

// The bonds by their issuers and names, their prices, spreads and curves, and the credit indices.
// Not "rate", "market" or "notes" alone: every trade and a music review have them.
bool tells_of_bonds(std::string_view core) {
  return text::is_one_of_lowered(
      core, {"bond", "bonds", "treasury", "treasuries", "gilt", "gilts", "bund", "bunds", "btp", "btps", "oat", "oats",
             "jgb", "jgbs", "yield", "yields", "spread", "spreads", "coupon", "coupons", "issuance", "issuer",
             "issuers", "tranche", "mid-swaps", "swaps", "curve", "steepener", "flattener", "cdx", "itraxx",
             "high-yield", "investment-grade", "sovereign", "duration", "repo", "bookrunners", "eurobond", "bp",
             "bps"});
}

// The agencies, their actions and the debt they grade. Not "rated" alone: a film, a player
// and a school's report are rated too (the rule takes "rated" beside a two- or three-letter
// grade itself).
bool tells_of_credit(std::string_view core) {
  // "Ratings" capitalized is an agency's name ("Fitch Ratings"); a show's ratings are lower-case.
  return text::is_one_of(core, {"S&P", "IG", "HY", "Ratings"}) ||
         text::is_one_of_lowered(
             core, {"fitch", "moody's", "moodys", "bondholders", "bondholder", "noteholders", "downgrade", "downgraded", "downgrades", "upgrade", "upgraded",
                    "notch", "notches", "issuer", "issuers", "bond", "bonds", "credit", "debt", "investment-grade",
                    "junk", "high-yield", "issuance", "spreads", "creditworthiness", "sovereign", "outlook"});
}

// A company's results and what the market makes of them, and the coins traded like shares.
// Not "profit" or "sales" alone: a charity's and a bake sale's are not a company report.
bool tells_of_earnings(std::string_view core) {
  return text::is_one_of(core, {"EPS", "EBITDA", "EBIT", "FCF", "YoY", "YTD", "P/E", "ATH"}) ||
         text::is_one_of_lowered(
             core, {"earnings", "revenue", "revenues", "guidance", "dividend", "dividends", "buyback", "shares",
                    "shareholders", "stock", "stocks", "analysts", "analyst", "upgraded", "downgraded", "overweight",
                    "underweight", "outperform", "consensus", "margin", "margins", "pre-tax", "operating",
                    "quarterly", "intraday", "token", "tokens", "crypto", "bitcoin", "ether", "traders", "nasdaq",
                    "nyse", "ftse", "valuation", "market", "rally", "selloff", "sell-off"});
}

// The options and their measures of volatility.
bool tells_of_options(std::string_view core) {
  return text::is_one_of_lowered(core, {"implied", "vol", "volatility", "option", "options", "straddle", "straddles",
                                        "strangle", "strangles", "vega", "skew", "reversals", "butterflies", "fx"});
}

// The beasts by sex and age, the markets that sell them, and the weights they are priced by.
bool tells_of_livestock(std::string_view core) {
  return text::is_one_of_lowered(
      core, {"cattle", "steer", "steers", "heifer", "heifers", "bullock", "bullocks", "bull", "bulls", "cow", "cows",
             "calf", "calves", "stores", "ewe", "ewes", "lamb", "lambs", "hoggets", "hogget", "tup", "tups", "ram",
             "rams", "sheep", "pigs", "sows", "gilts", "mart", "auction", "liveweight", "deadweight", "carcase",
             "carcass", "carcases", "abattoir", "abattoirs", "processors", "spp", "finished", "prime", "suckler",
             "beef", "herd", "flock"});
}

}  // namespace briefcast::rules

namespace briefcast::rules {

// The works, their forces and the people who write, conduct and sing them. Not "score",
// "band", "record" or "label": sport, pop and business use them as often.
bool tells_of_music(std::string_view core) {
  return text::is_one_of_lowered(
      core, {"orchestra", "orchestras", "orchestral", "orch", "opera", "operas", "operatic", "symphony", "symphonies",
             "symphonic", "concerto", "concertos", "sonata", "sonatas", "chorus", "choir", "choral", "soloist",
             "soloists", "soprano", "mezzo", "tenor", "baritone", "conductor", "composer", "composed", "premiere",
             "premiered", "quartet", "quintet", "philharmonic", "overture", "aria", "arias", "libretto",
             "recital", "cantata", "oratorio", "requiem", "ensemble", "strings", "woodwind", "brass", "recording",
             "cds", "satb"});
}

}  // namespace briefcast::rules

namespace briefcast::rules {

// The waters, the gauges that measure them and the floods they make. Not "level", "bank" or
// "rise", which prices and politics share.
bool tells_of_water_levels(std::string_view core) {
  return text::is_one_of_lowered(
      core, {"river", "rivers", "gauge", "gauges", "gage", "gages", "tide", "tides", "tidal", "flood", "floods",
             "flooding", "flooded", "surge", "datum", "aod", "catchment", "catchments", "groundwater", "borehole",
             "boreholes", "reservoir", "embankment", "embankments", "floodplain", "cumecs", "cfs", "discharge",
             "hydrology", "estuary", "spring", "neap", "creek", "stream", "weir", "sluice", "rain", "rainfall"});
}

}  // namespace briefcast::rules

namespace briefcast::rules {

// The products that come in shades and the words of their tones. Not "colour" or "range":
// paints and prices use them. "Foundation" in capitals is a charity's or a licence's name.
bool tells_of_cosmetics(std::string_view core) {
  return text::is_one_of(core, {"foundation", "foundations"}) ||
         text::is_one_of_lowered(
      core, {"concealer", "concealers", "shade", "shades", "undertone", "undertones",
             "tint", "tinted", "powder", "bronzer", "lipstick", "lipsticks", "blush", "mascara", "serum", "spf",
             "moisturiser", "moisturizer", "skincare", "cosmetics", "makeup", "make-up", "beauty"});
}

// The game, its throws, finishes and bodies; not "leg", "set" or "double", which cricket,
// tennis and plain news share.
bool tells_of_darts(std::string_view core) {
  return text::is_one_of_lowered(
      core, {"darts", "dart", "darter", "nine-dart", "nine-darter", "nine-darters", "three-dart", "checkout", "checkouts",
             "oche", "treble", "trebles", "bullseye", "pdc", "bdo", "wdf", "180s", "ton-plus", "double-in"});
}

// The aircraft, the people who fly and direct them, the reports they read and the figures they
// fly by. Not "flight", "plane" or "airport" alone, which travel news shares with no shorthand.
bool tells_of_flying(std::string_view core) {
  return text::is_one_of_lowered(
      core, {"runway", "runways", "rwy", "atc", "metar", "taf", "qnh", "ils", "fl", "knots", "kt", "kts",
             "airliner", "airliners", "twinjet", "widebody", "cockpit", "pilot", "pilots", "cruising", "climbed", "descend", "descent", "airspeed", "mach", "etops", "mtow", "tcas", "atis",
             "notam", "icao", "faa", "easa", "caa", "airworthiness", "aircraft", "airframe",
             "taxiway", "squawk", "altitude", "en-route", "waypoint", "airprox", "airline", "airlines", "jet",
             "jetliner", "airport"}) ||
         (core.size() >= 4 && core.size() <= 5 && core.substr(0, 2) == "FL" && text::all_digits(core.substr(2)));
}

// The attacks, what they flood and the tools that watch for them.
bool tells_of_network_attacks(std::string_view core) {
  return text::is_one_of_lowered(
      core, {"ddos", "dos", "botnet", "botnets", "packets", "packet", "traffic", "siem", "soc", "firewall",
             "firewalls", "ransomware", "malware", "attack", "attacks", "attackers", "scrubbing", "ingests",
             "ingest", "logs", "telemetry", "intrusion", "ids", "ips", "bgp", "tbps", "gbps", "exploit"});
}

}  // namespace briefcast::rules

namespace briefcast::rules {

// The game's people, its plays and its tables; not "hits", "runs" or "double", which plain
// news shares.
bool tells_of_baseball(std::string_view core) {
  return text::is_one_of_lowered(
      core, {"baseball", "inning", "innings", "pitcher", "pitchers", "pitch", "pitches", "pitching", "bullpen", "era",
             "rbi", "rbis", "mlb", "homer", "homers", "strikeout", "strikeouts", "struck", "shortstop", "catcher",
             "outfielder", "infielder", "lefty", "righty", "closer", "reliever", "slider", "fastball", "curveball",
             "changeup", "sinker", "cutter", "splitter", "walk-off", "dugout", "mound", "ops", "whip", "alds", "nlds",
             "alcs", "nlcs", "batting", "slugger", "no-hitter", "shutout"});
}

// The game's numbers and its leagues; not "points" or "assists", which other games share.
bool tells_of_basketball(std::string_view core) {
  return text::is_one_of_lowered(
      core, {"basketball", "nba", "wnba", "rebounds", "rebound", "reb", "ast", "blk", "3-pointer", "3-pointers",
             "three-pointer", "three-pointers", "3-point", "three-point", "dunk", "dunks", "layup", "fg", "ft", "3pt",
             "ppg", "rpg", "apg", "double-double", "triple-double", "euroleague", "eurocup", "bbl", "paint"});
}

// The game, its players, officials and tables.
bool tells_of_football(std::string_view core) {
  return text::is_one_of_lowered(
      core, {"goal", "goals", "penalty", "penalties", "striker", "keeper", "goalkeeper", "midfielder", "defender",
             "var", "matchday", "brace", "hat-trick", "equaliser", "equalizer", "header", "derby", "xg", "fa",
             "premier", "championship", "uefa", "fifa", "kick-off", "clean", "winger", "stoppage", "agg", "agg.",
             "relegation", "promoted", "replay", "fixture", "fixtures"});
}

// Genomes, their sequencing and the pieces of DNA a length in bases measures. Not "reads",
// "variant" or "assembly", which plain news uses as often.
bool tells_of_genomes(std::string_view core) {
  return text::is_one_of_lowered(
      core, {"genome", "genomes", "genomic", "genomics", "genome-wide", "sequencing", "sequenced", "sequencer",
             "dna", "rna", "mrna", "chromosome", "chromosomes", "chromosomal", "contig", "contigs", "n50", "exon",
             "exons", "intron", "introns", "gene", "genes", "allele", "alleles", "crispr", "plasmid", "plasmids",
             "locus", "loci", "telomere", "telomere-to-telomere", "nucleotide", "nucleotides", "insertion",
             "deletion", "duplication", "microdeletion"});
}

}  // namespace briefcast::rules

namespace briefcast::rules {

bool tells_of_company_figures(std::string_view core) {
  return text::is_one_of(core, {"FY", "EBITDA"}) ||
         text::is_one_of_lowered(core, {"revenue", "revenues", "earnings", "profit", "profits", "ebitda", "guidance",
                                        "fiscal", "margin", "margins", "outlook", "quarterly", "analyst", "analysts",
                                        "forecast", "forecasts", "shareholders"});
}

bool tells_of_geology(std::string_view core) {
  std::string word = text::lower(core);
  return text::starts_with(word, "palaeontolog") || text::starts_with(word, "paleontolog") ||
         text::starts_with(word, "geolog") ||
         text::is_one_of(word, {"fossil", "fossils", "fossilised", "fossilized", "strata",
                                "sediment", "sediments", "specimen", "dinosaur", "dinosaurs", "cretaceous", "jurassic",
                                "triassic", "permian", "devonian", "cambrian", "ordovician", "silurian",
                                "carboniferous", "eocene", "miocene", "pliocene", "pleistocene", "holocene",
                                "extinction", "zircon", "zircons", "bonebed", "outcrop"});
}

bool is_road_noun(std::string_view w) {
  return text::is_one_of_lowered(w, {"highway", "highways", "bypass", "corridor", "expressway", "freeway",
                                     "interchange", "motorway", "parkway", "turnpike", "road", "route"});
}

bool tells_of_roads(std::string_view core) {
  return is_road_noun(core) ||
         text::is_one_of_lowered(core, {"roads", "routes", "traffic", "exit", "junction", "intersection",
                                        "bridge", "ramp", "off-ramp", "lane", "near", "blocked"});
}

bool tells_of_the_sea(std::string_view core) {
  return text::is_one_of_lowered(core, {"vessel", "vessels", "boat", "boats", "ship", "ships", "crew", "sank",
                                        "sinking", "coastguard", "uscg", "harbour", "harbor", "port", "trawler",
                                        "fishing", "aground", "towed", "skipper", "mayday", "nautical", "lifeboat",
                                        "capsized"});
}

}  // namespace briefcast::rules

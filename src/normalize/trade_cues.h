// Words of trades that rules of more than one class key on: a line about welding reads "180 A"
// as amps (measures), "316L" as a steel's grade (codes), "Ar" as argon (measures) and "sch" as a
// pipe's schedule (words). One list, so the classes agree on what a welding line is.
#pragma once

#include <string_view>

namespace briefcast::rules {

// "weld", "welding", "welder", "TIG", "MIG", "MMA": a word of welding, in any case.
bool tells_of_welding(std::string_view core);

// "telescope", "orbit", "declination", "RA", "half-life": a word of astronomy or of decay, in
// any case. Beside them "Dec. -05°" is a declination, "3.7 d" days and "0.8 LD" lunar distances.
bool tells_of_sky(std::string_view core);

// "RA", "right ascension", "J2000", "arcmin", "telescope": a word that places a body on the
// sky by its coordinates. "Dec." is December as often as declination, and only these make a
// signed angle after it a coordinate; a full moon or a star of the screen does not.
bool tells_of_sky_coordinates(std::string_view core);

// "tanker", "vessel", "capesize", "shipyard": a word of merchant ships, in any case. Beside
// them "49,000 GT" is gross tonnage and "300,000 dwt" deadweight tonnes.
bool tells_of_ships(std::string_view core);

// "tanker", "carriers", "VLCC": a ship named by what it carries, as written (nouns in lower
// case, codes in capitals), one or many. A weight or a volume before one sizes it ("a 174,000
// m³ carrier"), and any case of it tells a line of ships.
bool names_a_ship(std::string_view w);

// "bullet", "cartridge", "muzzle", "calibre": a word of a gun's ammunition, in any case, which
// both a line about firearms (a calibre's reading) and one about arrows and pellets ("fps" as
// feet per second, "gr" as grains) contain.
bool tells_of_ammunition(std::string_view core);

// "handicap", "jockey", "furlongs", "stewards'", "yearling": a word of horse racing, in any
// case. Beside them "G1" is a race's group, "OR 142" an official rating and "9-2" a weight.
bool tells_of_horse_racing(std::string_view core);

// "regatta", "sculler", "coxswain", "erg": a word of rowing, in any case. Beside them "8+" is
// the eight, "4x" the quad and "1st VIII" the first eight.
bool tells_of_rowing(std::string_view core);

// "wickets", "overs", "lbw", "T20I", "f-c", "rpo": a word of cricket, in any case. Beside them
// "211-4" is a total for wickets, "7-38" a bowler's figures and "6 ct" catches.
bool tells_of_cricket(std::string_view core);

// "chess", "GM", "FIDE", "blitz", "checkmate", "endgame": a word of chess, in any case. Beside
// them "on 6/8" is a score out of the rounds, "U1800" a rating class and "K+R" the pieces.
bool tells_of_chess(std::string_view core);

// "satellite", "sats", "constellation", "orbit": a word of satellites, in any case. Beside them
// "LEO" is a low Earth orbit, said "Leo".
bool tells_of_satellites(std::string_view core);

// "planning", "dwellings", "density", "affordable": a word of housing and its planning, in any
// case. Beside them "62 dph" is dwellings per hectare.
bool tells_of_housing(std::string_view core);

// "esports", "bracket", "KDA", "mid-laner", "patch", "map": a word of competitive video games,
// in any case. Beside them "612 GPM" is gold per minute and "Bo3" a best-of-three series.
bool tells_of_esports(std::string_view core);

// "punish", "startup", "on-block", "combo": a word of fighting games, whose moves are timed in
// frames ("a 4f punish").
bool tells_of_fighting_games(std::string_view core);

// "spine", "lumbar", "vertebrae", "disc", "DEXA": a word of the spine, whose vertebrae are
// named by a letter and a figure ("L1", "C5").
bool tells_of_spine(std::string_view core);

// "Sen.", "incumbent", "poll", "voted", "district": a word of lawmakers and elections, in any
// case. Beside them a name's bracketed "(R)" is the Republican party, not a registered mark.
bool tells_of_elections(std::string_view core);

// "lot", "ticket", "case", "invoice", "listing": a word naming what an identifier numbers, in
// any case. After it "#24-117803" is "number" and a code, never a hashtag or an amount.
bool names_an_identifier(std::string_view core);

// "report", "flight", "licence", "prisoner", "registration": a noun whose thing is known by its
// number, as written in lower case or capitals. After it "no." or "number" is the number's sign
// ("report no. 25-0417", "licence number 5582013"), never the answer "no" or the verb "number".
bool numbered_noun(std::string_view core);

// "bond", "Treasuries", "yield", "spread", "coupon", "issuance", "CDX": a word of the bond
// markets, in any case. Beside them "MS+95" is a spread over mid-swaps, "2s10s" a curve spread,
// "4⅝s" a bond named by its coupon and "½ pt" a price's point.
bool tells_of_bonds(std::string_view core);

// "rated", "downgrade", "Fitch", "Moody's", "issuer", "bonds": a word of credit ratings, in any
// case. Beside them "BBB-" is the rating triple-B-minus.
bool tells_of_credit(std::string_view core);

// "earnings", "revenue", "EPS", "guidance", "shares", "token": a word of company results and
// of trading in stocks or coins, in any case. Beside them "H1" is the first half, "1Q" the first
// quarter, "FCF" free cash flow, "a $78 PT" a price target and "ATH" an all-time high.
bool tells_of_earnings(std::string_view core);

// "implied", "volatility", "straddle", "risk reversals": a word of currency and rate options, in
// any case. Beside them "8.9 vols" are volatility points, not volumes.
bool tells_of_options(std::string_view core);

// "cattle", "steers", "ewes", "mart", "liveweight", "carcase": a word of livestock farming, in
// any case. Beside them "p/kg lw" is liveweight, "dw" deadweight and "Limousin x" a cross.
bool tells_of_livestock(std::string_view core);

}  // namespace briefcast::rules

namespace briefcast::rules {

// "orchestra", "opera", "symphony", "chorus", "soloists", "premiered": a word of classical
// music, in any case. Beside them "3 ob." is three oboes, "orch." the orchestra and "148′" a
// work's length in minutes.
bool tells_of_music(std::string_view core);

}  // namespace briefcast::rules

namespace briefcast::rules {

// "river", "gauge", "tide", "flood", "catchment", "borehole": a word of rivers, tides and
// their floods, in any case. Beside them "the R. Avon" is the River Avon, "1:200" a flood's
// chance (one in two hundred), "above CD" chart datum and "4.37 m" a level, not a jump.
bool tells_of_water_levels(std::string_view core);

}  // namespace briefcast::rules

namespace briefcast::rules {

// "foundation", "shades", "concealer", "SPF", "serum": a word of cosmetics, in any case. Beside
// them "8W" is a shade (eight W), not eight watts.
bool tells_of_cosmetics(std::string_view core);

// "darts", "nine-darter", "checkout", "oche", "treble": a word of darts, in any case. Beside
// them "T20" is the treble twenty and "D16" the double sixteen, not a cricket format or a code.
bool tells_of_darts(std::string_view core);

// "runway", "FL350", "ATC", "METAR", "airliner", "knots": a word of flying, in any case. Beside
// them "M0.82" is a Mach number, "240/15G25" a wind and "0640Z" a time in UTC (Zulu).
bool tells_of_flying(std::string_view core);

// "DDoS", "botnet", "traffic", "packets", "SIEM", "firewall": a word of networks under attack,
// in any case. Beside them "Mpps" is millions of packets per second and "EPS" events per second.
bool tells_of_network_attacks(std::string_view core);

// Genomes and their sequencing: a "Mb" or "bp" after a figure there is a length in bases.
bool tells_of_genomes(std::string_view core);

}  // namespace briefcast::rules

namespace briefcast::rules {

// "innings", "pitcher", "bullpen", "ERA", "RBI", "MLB": a word of baseball, in any case. Beside
// them "4 H" is hits, "2 BB" walks, "a 1-2 slider" a count and "W:" the winning pitcher.
bool tells_of_baseball(std::string_view core);

// "rebounds", "assists", "NBA", "3-pointer", "FG": a word of basketball, in any case. Beside
// them "33:45" is minutes played and "1/9 shooting" one of nine.
bool tells_of_basketball(std::string_view core);

// "goal", "penalty", "striker", "keeper", "VAR", "matchday": a word of association football, in
// any case. Beside them "23'" is a minute, "agg." on aggregate and "KO" the kick-off.
bool tells_of_football(std::string_view core);

// "revenue", "EBITDA", "guidance", "FY", "analysts": a strong word of a company's reported
// figures, in any case. Not "sales", "demand", "output" or "results", which a film, a flight or
// a match shares. Beside them "2H26" is a half-year and "15 NM" is "not meaningful".
bool tells_of_company_figures(std::string_view core);

// "fossil", "strata", "Cretaceous", "zircon", "outcrop": a word of geology or deep time, in any
// case. Beside them a range before "Ma" is an age and "Fm." a formation. Not everyday words a
// farm's or a village's line has too ("rock", "species", "dating", "formation").
bool tells_of_geology(std::string_view core);

// "highway", "bypass", "interchange", "road": a noun of a road itself, in any case, as follows a
// route's number ("the 15/501 highway", "the 54/55 corridor").
bool is_road_noun(std::string_view w);

// "road", "interchange", "highway", "blocked", "traffic": a road's noun or a word of roads and
// their traffic, in any case. Beside them "about R21" is a road, not rand. Not "closed": shares
// close at a price ("closed around R45 on the JSE") as often as police close a road; not "street",
// which names a market ("Wall Street analysts") or a trade ("street vendors") as often.
bool tells_of_roads(std::string_view core);

// "vessel", "trawler", "crew", "coastguard", "harbour": a word of ships and the sea, in any case.
// Beside them "F/V" is a fishing vessel and "NM" a nautical mile.
bool tells_of_the_sea(std::string_view core);

}  // namespace briefcast::rules

#include "normalize/rule_order.h"

#include "normalize/codes/land_survey.h"
#include "normalize/rules.h"

namespace briefcast::rules {

namespace {

// Each rule's class directory is noted beside it.
constexpr Matcher kMatchersInOrder[] = {
  // Narrow rules, each keyed on a cue word or a rare shape. They claim little and run first, so
  // that the broad rules below do not read their figures as plain numbers, dates or measures.
  match_vessel_identity,  // numbers: before any rule reads spaced digit groups as one figure
  match_yuan_sign,  // money
  match_amount_limit,  // money
  match_yearly_rate,  // money
  match_era_span,  // numbers: before the ranges, which read "cal" as calories
  match_chess_note,  // codes
  match_note_name,  // codes
  match_pigment_code,  // codes
  match_bearing_code,  // codes
  match_grade_pair,  // codes
  match_diamond_grade,  // codes
  match_display_resolution,  // codes: before the counts, which read "4K" before a noun as thousands
  match_cohort_days,  // words
  match_piece_count,  // measures
  match_script_l_symbol,  // measures
  match_skating_jump,  // sport
  match_dive_number,  // sport
  match_isotope_delta,  // words: before the nuclides, which drop a delta's mass number
  match_isotope_name,  // measures
  match_trick_rotation,  // sport
  match_launch_designator,  // codes
  match_cricket_scorecard,  // sport
  match_game_shorthand,  // words: before the scores and figures read the glued letters
  match_service_number,  // codes
  match_list_number,  // numbers
  match_party_letters,  // words
  match_country_code,  // sport
  match_esports_mark,  // sport
  match_darts_mark,  // sport
  match_baseball_mark,  // sport
  match_basketball_mark,  // sport
  match_football_mark,  // sport
  match_equestrian_level,  // sport
  match_sumo_rank,  // sport
  match_rating_share,  // sport
  match_rushing_line,  // sport
  match_lifeboat_number,  // numbers
  match_imaging_mark,  // measures
  match_genome_unit,  // measures
  match_count_of_total,  // numbers
  match_scored_mark,  // numbers
  match_floor_or_unit,  // codes
  match_file_number,  // codes
  match_parcel_number,  // codes
  match_call_number,  // codes
  match_sex_count,  // numbers
  match_slashed_day_month,  // dates
  match_dotted_day_month,  // dates
  match_spaced_dotted_date,  // dates
  match_print_inks,  // measures
  match_lumber_quarters,  // measures
  match_slashed_count,  // numbers
  match_capital_s_seconds,  // measures
  match_per_chain,  // measures
  match_slashed_measure,  // measures
  match_slashed_pair,  // words
  match_signal_report,  // codes
  match_craft_stitch,  // words
  match_numbered_label,  // numbers
  match_dated_source,  // words
  match_code_slash,  // words
  match_document_code,  // codes
  match_slashed_code,  // codes
  match_route_pair,  // codes
  match_naming_abbreviation,  // words
  match_cue_abbreviation,  // words
  match_dotted_word,  // words
  match_metal_symbol,  // words
  match_number_sign,  // references
  match_dotted_form,  // words
  match_cross_sign,  // words
  match_report_shorthand,  // words
  match_gene_variant,  // codes
  match_lettered_range,  // numbers
  match_port,  // codes
  match_model_range,  // codes
  match_malware_name,  // codes
  match_trade_sense,  // words
  match_ratio_slash,  // words
  match_compass_region,  // words
  match_score_part,  // words
  match_water_word,  // words
  match_shade_code,  // words
  match_wine_word,  // words
  match_property_word,  // words
  match_telecom_word,  // words
  match_channel,  // codes
  match_wheel_arrangement,  // codes
  match_grid_reference,  // measures
  match_land_survey,  // codes
  match_dioptre,  // measures
  match_g_force,  // measures
  match_tyre_size,  // measures
  match_bra_size,  // measures
  match_video_mode,  // measures
  match_speaker_channels,  // measures
  match_tenor,  // money
  match_market_mark,  // money
  match_livestock_mark,  // measures
  match_vehicle_code,  // codes
  match_service_code,  // codes
  match_fraction_cents,  // money
  match_runway_pair,  // codes
  match_flight_report,  // codes
  match_network_rate,  // measures
  match_adjustable_rate,  // money
  match_per_currency,  // money
  match_racing_mark,  // sport
  match_rowing_boat,  // sport
  match_pair_reading,  // numbers
  match_slashed_shares,  // numbers
  match_assay_element,  // measures
  match_gas_mix,  // measures
  match_signed_pair,  // numbers
  match_prime_time,  // dates
  match_arc_position,  // measures
  match_letter_unit,  // measures
  match_rate_letters,  // measures
  match_scaled_unit,  // measures
  match_commodity_unit,  // measures
  match_track_measure,  // measures
  match_rate_base,  // measures
  match_material_grade,  // codes
  match_registry_number,  // codes
  match_listing_number,  // codes
  match_numbered_identifier,  // codes
  match_colour_code,  // codes
  match_fabric_weight,  // measures
  match_predecimal_money,  // money
  match_times_sign,  // numbers
  match_model_ref,  // references
  match_shorthand_word,  // words
  match_comparison_sign,  // numbers
  match_colour_temperature,  // measures
  match_year_period,  // dates
  match_month_year,  // dates
  match_glued_date_span,  // dates
  match_slashed_day_pair,  // dates
  match_tide_offset,  // dates
  match_pace,  // measures
  match_race_gap,  // dates
  match_colon_ratio,  // numbers
  match_weekday_clock,  // dates
  match_standard_number,  // references
  match_container_size,  // measures
  match_dimension_mark,  // measures
  match_type_size,  // measures
  match_carat_mark,  // measures
  match_page_count,  // numbers
  match_calibre,  // measures
  match_hobby_unit,  // measures
  match_gear_count,  // measures
  match_alternative_figures,  // measures
  match_hitch_points,  // measures
  match_billion_unit,  // measures
  match_mint_mark,  // measures
  match_trade_unit,  // measures
  match_tax_code,  // money
  match_quadrant_bearing,  // measures
  match_compass_side,  // measures
  match_unit_price,  // money
  match_price_per_unit,  // money
  match_dose_frequency,  // measures
  match_month_edge,  // dates
  match_month_pair,  // dates
  match_racing_length,  // sport
  match_sea_level_datum,  // measures
  match_on_center,  // measures
  match_dry_matter,  // measures
  match_tariff_code,  // money
  match_counted_size,  // measures
  match_gymnastics_figure,  // sport
  match_sport_stat,  // sport
  match_sport_shorthand,  // sport
  match_climbing_grade,  // sport
  match_golf_place,  // sport
  match_golf_score,  // sport
  match_round_mark,  // sport
  match_school_year,  // words
  match_letter_plural,  // words
  match_size_systems,  // measures
  match_size_pair,  // measures
  match_eircode,  // codes
  match_uncounted_formula,  // measures
  match_planning_count,  // numbers
  match_book_mark,  // references
  match_exposure,  // measures
  match_footy_score,  // sport
  match_age_band,  // numbers
  match_aspect_ratio,  // numbers
  match_success_rate,  // numbers
  match_portion_size,  // measures
  match_stat_line,  // numbers
  match_reference_abbreviation,  // references
  match_trade_abbreviation,  // words
  match_line_speed,  // measures
  match_spaced_measure_pair,  // measures
  match_measure_slash,  // measures
  match_shared_unit,  // measures
  match_rating_mark,  // sport
  match_poll_mark,  // sport
  match_chess_move,  // codes
  match_departure_time,  // dates
  match_joined_pair,  // words
  match_music_key,  // codes
  match_listed_code,  // numbers
  match_plural_figure,  // numbers
  match_counted_figure,  // numbers
  match_point_thousands,  // numbers
  match_jurisdiction,  // words
  match_company_suffix,  // words
  match_news_shorthand,  // words
  match_game_scores,  // sport
  match_sport_figure,  // sport
  match_record,  // sport
  match_written_date,  // dates
  match_day_list,  // dates
  match_legal_section,  // references
  match_earnings_term,  // money
  match_report_term,  // money
  // Codes and places: figures said one by one, as a route or as an address, before the date and
  // measure rules claim them (a telephone number holds what looks like a date).
  match_code,  // codes
  match_telephone,  // codes
  match_address,  // codes
  match_pin_code,  // codes
  match_route_number,  // codes
  match_aircraft,  // codes
  match_coordinates,  // measures
  match_compass_point,  // measures
  match_compass_span,  // measures
  match_release_number,  // codes
  match_code_range,  // codes
  // Dates and clock times.
  match_hijri_date,  // dates
  match_date,  // dates
  match_race_time_list,  // dates
  match_race_time,  // dates
  match_bulletin_clock,  // measures
  match_time,  // dates
  // Measures and money: the unit or currency decides the reading.
  match_million_tonnes,  // measures
  match_context_unit,  // measures
  match_force_unit,  // measures
  match_diameter_mark,  // measures
  match_open_measure,  // measures
  match_field_measure,  // measures
  match_money_range,  // numbers
  match_money_plus,  // money
  match_currency_word,  // money
  match_money,  // money
  match_fraction_unit,  // measures
  match_fraction_adjective,  // numbers
  match_gas_mark_fraction,  // measures
  match_article_unit,  // measures
  match_electric_current,  // measures
  match_two_unit_modifier,  // measures
  match_running_time,  // dates
  match_scaled_rate,  // measures
  match_ingredient_amount,  // measures
  match_measure,  // measures
  match_unit_pair,  // measures
  match_bare_rate,  // measures
  // Numbers that are no measure: ranges, fractions, scores, ratios, Roman numerals, years.
  match_spaced_range,  // numbers
  match_fraction,  // numbers
  match_score,  // numbers
  match_ratio,  // numbers
  match_model_mark,  // numbers
  match_roman,  // numbers
  match_year,  // numbers
  match_bare_month,  // dates
  // Words: capitals, initials, abbreviations and slashes between words.
  match_glued_sentence,  // words
  match_quoted_choice,  // words
  match_capital_surname,  // words
  match_name_particle,  // words
  match_initials,  // words
  match_abbreviation,  // words
  match_word_pair,  // words
  match_word_list,  // words
  match_open_slash_pair,  // words
  // Last: a number in spaced groups and a named hashtag, once nothing more specific applies.
  match_spaced_cardinal,  // numbers
  match_named_hashtag,  // codes
};

}  // namespace

std::span<const Matcher> matchers_in_order() { return kMatchersInOrder; }

}  // namespace briefcast::rules

package dev.strata.analytics.adoption;

/**
 * One quarter of an adoption trend, cumulative: everything adopted up to the end of the quarter (by the earliest
 * {@code CONSUMES.since}; undated edges are left out of trends).
 *
 * @param period         e.g. {@code 2025-Q1}
 * @param year           the year
 * @param quarter        1..4
 * @param adoptingTeams  STREAM_ALIGNED teams with a consumer using it by then
 * @param adoptionRate   adoptingTeams / today's number of STREAM_ALIGNED teams (0.0 if there are none)
 * @param consumers      consumers using it by then
 */
public record AdoptionPoint(
        String period, int year, int quarter, int adoptingTeams, double adoptionRate, int consumers) {}

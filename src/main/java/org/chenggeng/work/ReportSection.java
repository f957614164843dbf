package org.chenggeng.work;

/**
 * The sections a renovation report groups its quantities by, in the order the report lists them
 * (线网；排水；管网；道路；外墙；绿化；配套设施 in the 2022 report).
 */
public enum ReportSection {
    LINES, DRAINAGE, PIPES, UTILITIES, ROADS, ROOFS, FACADES, ELEVATORS, SAFETY, GREENING, PARKING, FACILITIES,
    SERVICES;

    public String labelKey() {
        return "work.section." + name();
    }
}

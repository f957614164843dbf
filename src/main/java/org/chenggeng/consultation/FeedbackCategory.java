package org.chenggeng.consultation;

/** What a resident's feedback is about. */
public enum FeedbackCategory {
    FACILITIES, PARKING, ROADS, GREENING, DRAINAGE, BUILDINGS, LIGHTING, SAFETY, MANAGEMENT, OTHER;

    public String labelKey() {
        return "feedback.category." + name();
    }
}

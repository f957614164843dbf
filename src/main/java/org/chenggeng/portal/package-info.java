/**
 * The residents' public portal (decision 0024): a project's public page reached by an unguessable slug (its short
 * link and QR code), feedback from residents with a tracking code, and the tracking page, served by Spring MVC with
 * precompiled JTE templates, not Vaadin: no login, no HTTP session, small cacheable pages. It reads other modules only
 * through their public services ({@code PublicProjects}, {@code PublicProgress}, {@code PublicPhotos},
 * {@code PublicConsultation}, {@code OnlineFeedbackService}), which hand out public data only, and guards its forms
 * with signed tokens, bounded rate limits and a challenge.
 */
package org.chenggeng.portal;

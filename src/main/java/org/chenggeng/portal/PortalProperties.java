package org.chenggeng.portal;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * The portal's settings (README, Settings). {@code secret} signs the forms' tokens and challenges: empty, a random one
 * is drawn at start (forms opened before a restart must then be sent again; several instances need the same secret).
 * {@code perAddress} and {@code perProject} forms may be sent an hour from one address and to one project (bursts up
 * to the limit, then evenly); from half of either limit on, a form asks its arithmetic question. {@code lookups}
 * tracking-code lookups an address may make in ten minutes. {@code cacheTtl}: how long a rendered public page is kept
 * at most (any change drops it at once). {@code minFormAge}: how long a form must have been open before it is sent.
 */
@ConfigurationProperties("chenggeng.portal")
record PortalProperties(String secret, Integer perAddress, Integer perProject, Integer lookups, Duration cacheTtl,
                        Duration minFormAge, Duration formLifetime, Long maxPhotoBytes, Integer trackedAddresses) {

    PortalProperties {
        secret = secret == null ? "" : secret;
        perAddress = perAddress == null ? 5 : perAddress;
        perProject = perProject == null ? 60 : perProject;
        lookups = lookups == null ? 30 : lookups;
        cacheTtl = cacheTtl == null ? Duration.ofSeconds(30) : cacheTtl;
        minFormAge = minFormAge == null ? Duration.ofSeconds(2) : minFormAge;
        formLifetime = formLifetime == null ? Duration.ofHours(2) : formLifetime;
        maxPhotoBytes = maxPhotoBytes == null ? 10L * 1024 * 1024 : maxPhotoBytes;
        trackedAddresses = trackedAddresses == null ? 10_000 : trackedAddresses;
    }
}

package dev.strata.ingest.bulk;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of uploads and background operations.
 *
 * @param maxUploadSize   the most an upload may hold: its archive, and its landscape files uncompressed (scale L is
 *                        about 450 MB)
 * @param uploadTtl       how long an upload is kept after it was created or last used
 * @param maxUploads      uploads stored at once; creating one more is refused until one is deleted or expires
 * @param uploadDirectory where uploads are stored (a folder of this instance is made inside and deleted at the end);
 *                        default the system's temporary directory
 * @param operationTtl    how long a finished operation and its outcome can be queried
 * @param maxOperations   operations queued or running at once; they run one after the other
 */
@ConfigurationProperties("strata.landscape")
record BulkProperties(
        @DefaultValue("1GB") DataSize maxUploadSize,
        @DefaultValue("1h") Duration uploadTtl,
        @DefaultValue("8") int maxUploads,
        @Nullable Path uploadDirectory,
        @DefaultValue("1h") Duration operationTtl,
        @DefaultValue("8") int maxOperations) {}

package org.privacyrights.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Loads the PDF renderer in the background at start-up, so that the first answer assembled after a start takes
 * as long as any other instead of a second more. A failure here is only logged: the first real summary then pays
 * for the loading and reports any error of its own.
 */
@Singleton
@Startup
public class RendererWarmUp {

    private static final Logger LOG = Logger.getLogger(RendererWarmUp.class.getName());

    @Resource
    ManagedExecutorService executor;

    @PostConstruct
    void warmUp() {
        executor.execute(() -> {
            try {
                PdfRenderer.warmUp();
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "The PDF renderer could not be loaded ahead of the first summary", e);
            }
        });
    }
}

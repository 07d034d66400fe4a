package org.minsheng.nlp.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import org.minsheng.nlp.api.Classification;
import org.minsheng.nlp.api.ClassificationFacade;
import org.minsheng.nlp.api.ClassifierInfo;
import org.minsheng.nlp.application.TextClassifierService;
import org.minsheng.nlp.domain.CategoryDepartmentMapping;
import org.minsheng.nlp.domain.ClassificationModel;

/**
 * The classifier in use, swappable at run time. Trained models are versioned files
 * ({@code model-20261201-013000.model}) in {@code <server data>/nlp-models}; the last activated
 * one is used at start, the shipped default model when none was.
 */
@ApplicationScoped
public class ClassifierModels implements ClassificationFacade {

    static final String DEFAULT_VERSION = "default";
    private static final Logger LOG = Logger.getLogger(ClassifierModels.class.getName());

    private record Active(String version, TextClassifierService classifier) {
    }

    private final AtomicReference<Active> active = new AtomicReference<>();
    private CategoryDepartmentMapping mapping;
    private Path folder;

    @PostConstruct
    void load() {
        mapping = ClassifierResources.defaultMapping();
        folder = Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")), "nlp-models");
        Optional<Path> chosen = activeFile();
        if (chosen.isPresent()) {
            active.set(new Active(version(chosen.get()), new TextClassifierService(store().load(chosen.get()), mapping)));
        } else {
            active.set(new Active(DEFAULT_VERSION, new TextClassifierService(ClassifierResources.defaultModel(), mapping)));
        }
        LOG.info(() -> "Classifier model in use: " + active.get().version());
    }

    @Override
    public Classification classify(String text, int topK) {
        return active.get().classifier().classify(text, topK);
    }

    @Override
    public ClassifierInfo info() {
        return active.get().classifier().info();
    }

    String version() {
        return active.get().version();
    }

    ClassificationModel model() {
        return active.get().classifier().model();
    }

    /** Saves a candidate as a new versioned file; it is not used until activated. */
    String saveCandidate(ClassificationModel model, String version) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create " + folder, e);
        }
        store().save(model, folder.resolve(version + ".model"));
        return version;
    }

    /** The shipped model, or a saved file of that exact version (names are checked, never paths). */
    boolean isAvailable(String version) {
        return DEFAULT_VERSION.equals(version)
                || version.matches("model-\\d{8}-\\d{6}") && Files.exists(folder.resolve(version + ".model"));
    }

    /** Switches to a saved version, or back to the shipped one, and remembers the choice for the next start. */
    void activate(String version) {
        ClassificationModel model = DEFAULT_VERSION.equals(version)
                ? ClassifierResources.defaultModel()
                : store().load(folder.resolve(version + ".model"));
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("ACTIVE"), version);
        } catch (IOException e) {
            throw new IllegalStateException("cannot record the active model", e);
        }
        active.set(new Active(version, new TextClassifierService(model, mapping)));
        LOG.info(() -> "Classifier model switched to " + version);
    }

    /** The version recorded by the last activation; candidates never activated are not used. */
    private Optional<Path> activeFile() {
        try {
            Path marker = folder.resolve("ACTIVE");
            if (!Files.exists(marker)) {
                return Optional.empty();
            }
            String version = Files.readString(marker).trim();
            if (DEFAULT_VERSION.equals(version)) {
                return Optional.empty();
            }
            Path file = folder.resolve(version + ".model");
            return Files.exists(file) ? Optional.of(file) : Optional.empty();
        } catch (IOException e) {
            LOG.warning("Cannot read " + folder + ": " + e);
            return Optional.empty();
        }
    }

    private static String version(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".model".length());
    }

    private static ClassificationModelStore store() {
        return new ClassificationModelStore(HanLpSegmenter.wordsOnly());
    }
}

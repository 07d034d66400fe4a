package org.minsheng.nlp.infrastructure;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Local;
import jakarta.ejb.Singleton;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.identity.api.Roles;
import org.minsheng.nlp.api.ModelAdministration;
import org.minsheng.nlp.application.ClassifierTrainingService;
import org.minsheng.nlp.domain.ClassMetrics;
import org.minsheng.nlp.domain.ClassificationModel;
import org.minsheng.nlp.domain.ClassifierFeatureOptions;
import org.minsheng.nlp.domain.ConfusionMatrix;
import org.minsheng.nlp.domain.LabelledText;
import org.minsheng.nlp.domain.LinearTrainingOptions;
import org.minsheng.nlp.domain.StratifiedFolds;
import org.minsheng.nlp.domain.TrainingExample;
import org.minsheng.shared.error.Conflict;
import org.minsheng.shared.error.NotFound;

/**
 * Runs one retraining at a time on the managed executor and keeps its progress for the
 * administration page. Both models are scored on the same held-out fifth of the data.
 */
@Singleton
@Local(ModelAdministration.class)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ModelTrainingJob implements ModelAdministration {

    private static final Logger LOG = Logger.getLogger(ModelTrainingJob.class.getName());
    private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("'model-'yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);
    private static final Training IDLE = new Training("IDLE", 0, null, null, null, 0, 0, null, null, null, null);

    @Inject
    Clock clock;

    @Inject
    ClassifierModels models;

    @Resource
    ManagedExecutorService executor;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Resource
    jakarta.ejb.SessionContext session;

    private volatile Training training = IDLE;

    @Override
    @RolesAllowed(Roles.ADMIN)
    public ModelInUse current() {
        var info = models.info();
        return new ModelInUse(models.version(), info.createdAt(), info.trainingSize(), info.categories());
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public long trainingExamples() {
        return em.createQuery("select count(t) from TrainingExample t", Long.class).getSingleResult();
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public Training training() {
        return training;
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public synchronized Training startTraining() {
        if ("RUNNING".equals(training.state())) {
            throw new Conflict("已有训练任务在运行", "A training job is already running");
        }
        List<LabelledText> data = new ArrayList<>(ClassifierResources.defaultCorpus());
        for (TrainingExample e : em.createQuery("select t from TrainingExample t order by t.id", TrainingExample.class)
                .getResultList()) {
            data.add(new LabelledText(e.label(), e.text()));
        }
        Instant started = clock.instant();
        training = new Training("RUNNING", 2, "准备数据 / preparing data", started, null, data.size(), 0, null, null,
                null, null);
        audit.record(session.getCallerPrincipal().getName(), "nlp.training.start", "classifier", models.version(),
                data.size() + " messages");
        executor.submit(() -> run(data, started));
        return training;
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public synchronized ModelInUse activate(String version) {
        if (version == null || !models.isAvailable(version)) {
            throw new NotFound("没有该版本的模型", "No model of that version");
        }
        String previous = models.version();
        models.activate(version);
        audit.record(session.getCallerPrincipal().getName(), "nlp.model.activate", "classifier", version,
                "previous " + previous);
        return current();
    }

    private void run(List<LabelledText> data, Instant started) {
        try {
            List<String> labels = data.stream().map(LabelledText::label).toList();
            int[] fold = StratifiedFolds.assign(labels, 5, 42);
            List<LabelledText> train = new ArrayList<>();
            List<LabelledText> heldOut = new ArrayList<>();
            for (int i = 0; i < data.size(); i++) {
                (fold[i] == 0 ? heldOut : train).add(data.get(i));
            }
            step(10, "评估现用模型 / scoring the model in use", started, data, heldOut, null, null, null);
            Scores before = score(models.model(), heldOut);

            ClassifierTrainingService trainer = new ClassifierTrainingService(HanLpSegmenter.wordsOnly(),
                    new LiblinearClassifierTrainer(), clock);
            step(30, "训练候选模型 / training the candidate", started, data, heldOut, before, null, null);
            ClassificationModel trial = trainer.train(train, ClassifierFeatureOptions.DEFAULT, LinearTrainingOptions.DEFAULT);
            step(60, "评估候选模型 / scoring the candidate", started, data, heldOut, before, null, null);
            Scores after = score(trial, heldOut);

            step(75, "用全部数据训练 / training on all data", started, data, heldOut, before, after, null);
            ClassificationModel full = trainer.train(data, ClassifierFeatureOptions.DEFAULT, LinearTrainingOptions.DEFAULT);
            step(95, "保存 / saving", started, data, heldOut, before, after, null);
            String version = models.saveCandidate(full, VERSION.format(clock.instant()));
            training = new Training("DONE", 100, "完成 / done", started, clock.instant(), data.size(), heldOut.size(),
                    before, after, version, null);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Classifier training failed", e);
            training = new Training("FAILED", training.progress(), training.step(), started, clock.instant(),
                    data.size(), 0, training.before(), training.after(), null, String.valueOf(e.getMessage()));
        }
    }

    private void step(int progress, String step, Instant started, List<LabelledText> data, List<LabelledText> heldOut,
                      Scores before, Scores after, String candidate) {
        training = new Training("RUNNING", progress, step, started, null, data.size(), heldOut.size(), before, after,
                candidate, null);
    }

    private static Scores score(ClassificationModel model, List<LabelledText> heldOut) {
        List<String> labels = new ArrayList<>(new java.util.TreeSet<>(model.labels()));
        heldOut.stream().map(LabelledText::label).filter(l -> !labels.contains(l)).distinct().forEach(labels::add);
        ConfusionMatrix confusion = new ConfusionMatrix(labels);
        for (LabelledText t : heldOut) {
            confusion.record(t.label(), model.predict(t.text()));
        }
        Map<String, Double> f1 = new LinkedHashMap<>();
        for (ClassMetrics m : confusion.perClass()) {
            f1.put(m.label(), m.f1());
        }
        return new Scores(confusion.macroF1(), f1);
    }
}

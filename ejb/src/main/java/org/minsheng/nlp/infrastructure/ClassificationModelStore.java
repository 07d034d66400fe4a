package org.minsheng.nlp.infrastructure;

import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minsheng.nlp.domain.ClassificationModel;
import org.minsheng.nlp.domain.ClassifierDataException;
import org.minsheng.nlp.domain.ClassifierFeatureExtractor;
import org.minsheng.nlp.domain.ClassifierFeatureOptions;
import org.minsheng.nlp.domain.DenseLinearClassifier;
import org.minsheng.nlp.domain.ModelHeader;
import org.minsheng.nlp.domain.Segmenter;
import org.minsheng.nlp.domain.TfidfVectorizer;
import org.minsheng.nlp.domain.Vocabulary;

/**
 * Saves and loads {@link ClassificationModel}s as UTF-8 text: a header (magic line, format version,
 * creation time, training-set size, labels, settings), the vocabulary with idf values, then either
 * the liblinear model(s) in liblinear's own text format or (format 2, NB-SVM) a dense weight
 * matrix: a {@code dense} line with classes, dimension and softmax scale, a {@code bias} line, and
 * one line of per-class weights per vocabulary term. Format 1 files (liblinear only) still load.
 * Doubles are written so that they parse back to the same bits, so load → save reproduces the file
 * byte for byte.
 */
public final class ClassificationModelStore {

    static final String MAGIC = "minsheng-text-classifier";

    private final Segmenter segmenter;

    /** @param segmenter used by loaded models for raw (unsegmented) text */
    public ClassificationModelStore(Segmenter segmenter) {
        this.segmenter = segmenter;
    }

    public void save(ClassificationModel model, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                write(model, out);
            }
        } catch (IOException e) {
            throw new ClassifierDataException("无法写入模型文件: " + file + " / cannot write model file: " + file + " ("
                    + e.getMessage() + ")", e);
        }
    }

    public void write(ClassificationModel model, OutputStream stream) throws IOException {
        if (!(model.classifier() instanceof LiblinearClassifier) && !(model.classifier() instanceof DenseLinearClassifier)) {
            throw new IllegalArgumentException("only liblinear and dense linear models can be saved");
        }
        Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        ModelHeader h = model.header();
        out.write(MAGIC + "\n");
        out.write("format-version\t" + h.formatVersion() + "\n");
        out.write("created\t" + h.createdAt() + "\n");
        out.write("training-size\t" + h.trainingSize() + "\n");
        out.write("labels\t" + String.join("\t", h.labels()) + "\n");
        for (Map.Entry<String, String> s : h.settings().entrySet()) {
            out.write("setting\t" + s.getKey() + "\t" + s.getValue() + "\n");
        }
        Vocabulary vocabulary = model.vectorizer().vocabulary();
        out.write("vocabulary\t" + vocabulary.size() + "\n");
        for (int i = 0; i < vocabulary.size(); i++) {
            out.write(vocabulary.term(i) + "\t" + vocabulary.idf(i) + "\n");
        }
        if (model.classifier() instanceof LiblinearClassifier linear) {
            writeLiblinear(out, "logistic", linear.logistic());
            writeLiblinear(out, "svm", linear.svm());
        } else {
            writeDense(out, (DenseLinearClassifier) model.classifier());
        }
        out.write("end\n");
        out.flush();
    }

    private static void writeLiblinear(Writer out, String name, Model model) throws IOException {
        if (model == null) {
            return;
        }
        StringWriter text = new StringWriter();
        Linear.saveModel(text, model);
        String body = text.toString();
        if (!body.endsWith("\n")) {
            body += "\n";
        }
        long lines = body.chars().filter(c -> c == '\n').count();
        out.write("liblinear\t" + name + "\t" + lines + "\n");
        out.write(body);
    }

    private static void writeDense(Writer out, DenseLinearClassifier dense) throws IOException {
        int k = dense.labels().size();
        out.write("dense\t" + k + "\t" + dense.dimension() + "\t" + dense.softmaxScale() + "\n");
        StringBuilder line = new StringBuilder("bias");
        for (int c = 0; c < k; c++) {
            line.append('\t').append(dense.bias(c));
        }
        out.write(line.append('\n').toString());
        for (int f = 0; f < dense.dimension(); f++) {
            line.setLength(0);
            for (int c = 0; c < k; c++) {
                if (c > 0) {
                    line.append('\t');
                }
                line.append(dense.weight(f, c));
            }
            out.write(line.append('\n').toString());
        }
    }

    private static DenseLinearClassifier readDense(BufferedReader in, String[] head, List<String> labels)
            throws IOException {
        int k = Integer.parseInt(head[1]);
        int dimension = Integer.parseInt(head[2]);
        double scale = Double.parseDouble(head[3]);
        if (k != labels.size()) {
            throw new IOException("dense model has " + k + " classes, expected " + labels.size());
        }
        String[] b = field(in.readLine(), "bias");
        if (b.length != k + 1) {
            throw new IOException("bad bias line");
        }
        double[] bias = new double[k];
        for (int c = 0; c < k; c++) {
            bias[c] = Double.parseDouble(b[c + 1]);
        }
        double[] weights = new double[dimension * k];
        for (int f = 0; f < dimension; f++) {
            String l = in.readLine();
            if (l == null) {
                throw new IOException("truncated weight matrix");
            }
            int start = 0;
            for (int c = 0; c < k; c++) {
                int end = c == k - 1 ? l.length() : l.indexOf('\t', start);
                if (end < 0) {
                    throw new IOException("short weight line");
                }
                weights[f * k + c] = Double.parseDouble(l.substring(start, end));
                start = end + 1;
            }
        }
        return new DenseLinearClassifier(labels, dimension, weights, bias, scale);
    }

    public ClassificationModel load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ClassifierDataException("模型文件不存在: " + file + " / model file not found: " + file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new ClassifierDataException("无法读取模型文件: " + file + " / cannot read model file: " + file + " ("
                    + e.getMessage() + ")", e);
        }
    }

    public ClassificationModel read(InputStream stream, String name) throws IOException {
        Reader decoder = new InputStreamReader(stream, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        BufferedReader in = new BufferedReader(decoder, 1 << 16);
        try {
            return parse(in);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ClassifierDataException) {
                throw e;
            }
            throw new ClassifierDataException("模型文件损坏: " + name + " / corrupt model file: " + name + " ("
                    + e.getMessage() + ")", e);
        }
    }

    private ClassificationModel parse(BufferedReader in) throws IOException {
        if (!MAGIC.equals(in.readLine())) {
            throw new IOException("not a classifier model");
        }
        int format = Integer.parseInt(field(in.readLine(), "format-version")[1]);
        if (format < 1 || format > ModelHeader.CURRENT_FORMAT) {
            throw new ClassifierDataException("不支持的模型格式版本 " + format + " / unsupported model format version "
                    + format);
        }
        Instant created;
        try {
            created = Instant.parse(field(in.readLine(), "created")[1]);
        } catch (DateTimeParseException e) {
            throw new IOException("bad creation time", e);
        }
        int trainingSize = Integer.parseInt(field(in.readLine(), "training-size")[1]);
        String[] labelLine = field(in.readLine(), "labels");
        List<String> labels = Arrays.asList(labelLine).subList(1, labelLine.length);
        Map<String, String> settings = new LinkedHashMap<>();
        String line = in.readLine();
        while (line != null && line.startsWith("setting\t")) {
            String[] s = line.split("\t", -1);
            if (s.length != 3) {
                throw new IOException("bad setting line");
            }
            settings.put(s[1], s[2]);
            line = in.readLine();
        }
        int size = Integer.parseInt(field(line, "vocabulary")[1]);
        List<String> terms = new ArrayList<>(size);
        double[] idf = new double[size];
        for (int i = 0; i < size; i++) {
            String entry = in.readLine();
            int tab = entry == null ? -1 : entry.lastIndexOf('\t');
            if (tab <= 0) {
                throw new IOException("truncated vocabulary");
            }
            terms.add(entry.substring(0, tab));
            idf[i] = Double.parseDouble(entry.substring(tab + 1));
        }
        Model logistic = null;
        Model svm = null;
        DenseLinearClassifier dense = null;
        line = in.readLine();
        if (format >= 2 && line != null && line.startsWith("dense\t")) {
            String[] head = line.split("\t", -1);
            if (head.length != 4) {
                throw new IOException("bad dense line");
            }
            dense = readDense(in, head, labels);
            line = in.readLine();
        }
        while (line != null && line.startsWith("liblinear\t")) {
            String[] l = field(line, "liblinear");
            Model model = readLiblinear(in, Integer.parseInt(l[2]));
            switch (l[1]) {
                case "logistic" -> logistic = model;
                case "svm" -> svm = model;
                default -> throw new IOException("unknown model part " + l[1]);
            }
            line = in.readLine();
        }
        if (!"end".equals(line)) {
            throw new IOException("missing end marker");
        }
        ModelHeader header = new ModelHeader(format, created, trainingSize, labels, settings);
        ClassifierFeatureOptions options = ClassifierFeatureOptions.fromSettings(settings);
        Vocabulary vocabulary = new Vocabulary(terms, idf);
        if (dense != null && dense.dimension() != vocabulary.size()) {
            throw new IOException("weight matrix and vocabulary differ in size");
        }
        return new ClassificationModel(header, new ClassifierFeatureExtractor(segmenter, options),
                new TfidfVectorizer(vocabulary, options.wordWeight(), options.charWeight()),
                dense != null ? dense : new LiblinearClassifier(labels, logistic, svm));
    }

    private static Model readLiblinear(BufferedReader in, int lines) throws IOException {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            String l = in.readLine();
            if (l == null) {
                throw new IOException("truncated liblinear model");
            }
            body.append(l).append('\n');
        }
        return Linear.loadModel(new StringReader(body.toString()));
    }

    private static String[] field(String line, String key) throws IOException {
        if (line == null) {
            throw new IOException("unexpected end of file, expected " + key);
        }
        String[] parts = line.split("\t", -1);
        if (!parts[0].equals(key) || parts.length < 2) {
            throw new IOException("expected " + key);
        }
        return parts;
    }
}

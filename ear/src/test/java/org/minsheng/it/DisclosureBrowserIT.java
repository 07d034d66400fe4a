package org.minsheng.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.minsheng.it.TestFiles.Part;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The disclosure journeys in headless Chromium without JavaScript: the housing bureau's approver
 * signs a submitted document off on the staff page; a resident finds it in the catalogue by its
 * 文号, reads its metadata and downloads its file; a resident applies for information and reads
 * the answer letter with the number and query code of the receipt.
 */
@ExtendWith(ArquillianExtension.class)
class DisclosureBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.minshengEar();
    }

    private WebDriver approver;
    private WebDriver resident;

    @AfterEach
    void close() {
        for (WebDriver d : new WebDriver[] {approver, resident}) {
            if (d != null) {
                d.quit();
            }
        }
    }

    @Test
    void theApproverSignsOffAndAResidentFindsTheDocumentByItsNumberAndDownloadsItsFile() {
        Api editor = Api.signedIn("zjj-editor");
        String number = "常建浏〔2026〕" + System.nanoTime() % 1_000_000 + "号";
        long id = DisclosureIT.create(editor, DisclosureIT.draft("关于公布住宅小区物业服务星级评定结果的通知", number,
                LocalDate.now(ZoneId.of("Asia/Shanghai"))));
        Api.Reply file = editor.postRaw("/api/staff/disclosure/documents/" + id + "/attachments",
                "multipart/form-data; boundary=" + TestFiles.BOUNDARY,
                TestFiles.multipart(List.of(Part.file("星级评定结果.pdf", "application/pdf", DisclosureIT.PDF))));
        assertThat(file.status()).as(file.body()).isEqualTo(201);
        DisclosureIT.step(editor, id, "submit", Json.createObjectBuilder(), 200);

        approver = BrowserIT.chromium();
        BrowserIT.signIn(approver, "zjj-approver", "/staff/disclosure/" + id);
        assertThat(approver.findElement(By.id("status")).getText()).isEqualTo("待审核");
        BrowserIT.submit(approver, By.cssSelector("form[action$='/approve'] button"));
        BrowserIT.awaitText(approver, By.id("status"), "已发布");

        resident = BrowserIT.chromium();
        resident.get(Api.BASE + "/");
        BrowserIT.follow(resident, By.cssSelector("a[href='/disclosure']"));
        resident.findElement(By.id("q")).sendKeys(number);
        BrowserIT.submit(resident, By.cssSelector("form[role=search] button[type=submit]"));
        assertThat(resident.findElements(By.cssSelector("tr.document-row"))).hasSize(1);
        BrowserIT.follow(resident, By.cssSelector("tr.document-row a"));
        assertThat(resident.findElement(By.id("document-number")).getText()).isEqualTo(number);
        assertThat(resident.findElement(By.id("index-number")).getText()).matches("[0-9A-Z]{6,18}/\\d{4}-\\d{5}");
        String href = resident.findElement(By.cssSelector("a.attachment")).getAttribute("href");
        assertThat(resident.findElement(By.cssSelector("a.attachment")).getText()).isEqualTo("星级评定结果.pdf");
        Api.Download download = Api.anonymous().download(href.substring(Api.BASE.length()));
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.disposition()).startsWith("attachment");
        assertThat(download.body()).isEqualTo(DisclosureIT.PDF);
    }

    @Test
    void aResidentAppliesForInformationAndReadsTheAnswerLetter() throws Exception {
        resident = BrowserIT.chromium();
        resident.get(Api.BASE + "/disclosure");
        BrowserIT.follow(resident, By.cssSelector("a[href='/disclosure/requests']"));
        new org.openqa.selenium.support.ui.Select(resident.findElement(By.id("f-bodyCode"))).selectByValue("zjj");
        resident.findElement(By.id("f-applicantName")).sendKeys("黄丽");
        resident.findElement(By.id("f-idNumber")).sendKeys(DisclosureRequestIT.personId());
        resident.findElement(By.id("f-phone")).sendKeys("13912345678");
        resident.findElement(By.id("f-description")).sendKeys("2026年城区老旧小区加装电梯补助资金的分配结果");
        BrowserIT.submit(resident, By.cssSelector("form[action='/disclosure/requests'] button[type=submit]"));
        String number = resident.findElement(By.id("request-number")).getText();
        String code = resident.findElement(By.id("query-code")).getText();
        assertThat(code).matches("\\d{6}");

        DisclosureRequestIT.step(Api.signedIn("zjj-editor"), number, "answer", Json.createObjectBuilder()
                .add("type", "PROVIDED").add("text", "补助资金分配结果见附表。"), 200);

        resident.get(Api.BASE + "/disclosure/requests/lookup");
        resident.findElement(By.id("number")).sendKeys(number);
        resident.findElement(By.id("queryCode")).sendKeys(code);
        BrowserIT.submit(resident, By.cssSelector("form[action='/disclosure/requests/lookup'] button"));
        assertThat(resident.findElement(By.id("request-status")).getText()).isEqualTo("已答复");
        assertThat(resident.findElement(By.id("answer-type")).getText()).isEqualTo("予以公开");
        assertThat(resident.findElement(By.id("letter")).isDisplayed()).isTrue();
        // The button posts number and code; the same post as the browser's gives the PDF.
        java.net.http.HttpResponse<byte[]> letter = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(Api.BASE + "/disclosure/requests/letter"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("number=" + number + "&queryCode=" + code))
                        .build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(letter.statusCode()).isEqualTo(200);
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(letter.body()))
                .getTextFromPage(1).replaceAll("\\s+", "");
        assertThat(text).contains("黄丽", "现予以提供", "补助资金分配结果见附表", "60日内");
    }
}

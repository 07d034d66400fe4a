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
 * 文号, reads its metadata and downloads its file.
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
}

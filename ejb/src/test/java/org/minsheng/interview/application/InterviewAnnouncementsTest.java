package org.minsheng.interview.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minsheng.interview.api.GuestView;
import org.minsheng.interview.api.ImageUpload;
import org.minsheng.interview.api.InterviewView;
import org.minsheng.shared.error.FieldError;
import org.minsheng.shared.error.UnsupportedType;
import org.minsheng.shared.error.ValidationFailed;

/** Announcing an interview: everything is checked before anything is stored. */
class InterviewAnnouncementsTest {

    private final InterviewFixture f = new InterviewFixture();

    private static InterviewAnnouncements.NewInterview spec(String title, String department, List<GuestView> guests,
                                                            List<String> usernames) {
        return new InterviewAnnouncements.NewInterview(title, "听取市民意见", department, InterviewFixture.FRIDAY_MORNING,
                guests, usernames);
    }

    @Test
    void anAnnouncedInterviewHasItsGuestsAndTheirPhotos() {
        f.caller.signIn("admin");
        List<GuestView> guests = List.of(new GuestView(" 王局长 ", "局长", " ", null),
                new GuestView("赵处长", "处长", "Division Chief", "https://example.org/zhao.jpg"));

        String id = f.announcements.announce(spec("公交线路优化", InterviewFixture.DEPARTMENT, guests,
                List.of("guest", " ")), Arrays.asList(new ImageUpload("wang.png", "image/png", InterviewFixture.PNG), null));

        InterviewView announced = f.queries.interview(id);
        assertThat(announced.announced()).isTrue();
        assertThat(announced.lastSequence()).isZero();
        assertThat(announced.guests()).extracting(GuestView::name, GuestView::titleEn).containsExactly(
                tuple("王局长", "局长"), tuple("赵处长", "Division Chief"));
        assertThat(announced.guests().get(0).photoUrl()).startsWith("/api/interviews/images/");
        assertThat(announced.guests().get(1).photoUrl()).isEqualTo("https://example.org/zhao.jpg");
        assertThat(f.repository.interviews.get(id).guestFor("guest")).isPresent();
        assertThat(f.repository.images.values()).singleElement().satisfies(i -> assertThat(i.interviewId()).isNull());
        assertThat(f.audit.entries).last().isEqualTo(new RecordingAudit.Entry("admin", "interview.announce", "interview",
                id, "公交线路优化"));
        assertThat(f.events.fired).as("an announcement is not on the stream").isEmpty();
    }

    @Test
    void everyFieldIsCheckedFirstAndNothingIsStoredWhenOneIsRefused() {
        f.caller.signIn("admin");
        List<GuestView> guests = List.of(new GuestView("王局长", "", null, null));

        ValidationFailed failed = catchThrowableOfType(() -> f.announcements.announce(
                spec(" ", "no-such-department", guests, List.of("host")),
                List.of(new ImageUpload("wang.png", "image/png", InterviewFixture.PNG))), ValidationFailed.class);

        assertThat(failed.errors()).extracting(FieldError::field)
                .containsExactly("title", "departmentCode", "guest-1-title", "guest-1-username");
        assertThat(f.repository.interviews).isEmpty();
        assertThat(f.repository.images).isEmpty();
        assertThat(f.audit.entries).isEmpty();
    }

    @Test
    void anInterviewNeedsAGuest() {
        f.caller.signIn("admin");
        ValidationFailed failed = catchThrowableOfType(() -> f.announcements.announce(
                spec("公交线路优化", InterviewFixture.DEPARTMENT, List.of(), List.of())), ValidationFailed.class);
        assertThat(failed.errors()).extracting(FieldError::field).containsExactly("guests");
    }

    @Test
    void aPhotoThatIsNoImageIsRefused() {
        f.caller.signIn("admin");
        assertThatThrownBy(() -> f.announcements.announce(spec("公交线路优化", InterviewFixture.DEPARTMENT,
                List.of(new GuestView("王局长", "局长", null, null)), List.of()),
                List.of(new ImageUpload("wang.exe", "image/png", new byte[] {'M', 'Z'}))))
                .isInstanceOf(UnsupportedType.class);
        assertThat(f.repository.interviews).isEmpty();
    }
}

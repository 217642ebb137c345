package org.sanhe.dispatch.domain.command;

/**
 * An input to the dispatch core. See the package documentation.
 *
 * <p>Java 17 has no pattern {@code switch}, so dispatch goes through {@link Visitor}: every record implements
 * {@link #accept}, and every visitor must implement a method per record, so the compiler catches a command nobody
 * handles.
 */
public sealed interface Command
        permits DefineRules,
        OfferCall, AnswerCall, EndCall, AbandonCall, LocateCaller, AttachRecording,
        OpenIncident, UpdateIncident, LinkCall, UnlinkCall, CloseIncident, ImportIncident,
        RegisterUnit, ReportUnitPosition, ChangeUnitStatus, AssignUnit, ReleaseUnit, ChangeUnit, RetireUnit,
        RegisterStation, ChangeStation, CloseStation,
        DefineUser, RemoveUser, ResetPassword,
        FireTimer,
        RecordSessionActivity,
        ReceiveAlert {

    /** Calls the visitor's method for this record's type. */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per command type.
     *
     * @param <R> what the visit returns
     */
    interface Visitor<R> {

        R defineRules(DefineRules c);

        R offerCall(OfferCall c);

        R answerCall(AnswerCall c);

        R endCall(EndCall c);

        R abandonCall(AbandonCall c);

        R locateCaller(LocateCaller c);

        R attachRecording(AttachRecording c);

        R openIncident(OpenIncident c);

        R updateIncident(UpdateIncident c);

        R linkCall(LinkCall c);

        R unlinkCall(UnlinkCall c);

        R closeIncident(CloseIncident c);

        R importIncident(ImportIncident c);

        R registerUnit(RegisterUnit c);

        R reportUnitPosition(ReportUnitPosition c);

        R changeUnitStatus(ChangeUnitStatus c);

        R assignUnit(AssignUnit c);

        R releaseUnit(ReleaseUnit c);

        R changeUnit(ChangeUnit c);

        R retireUnit(RetireUnit c);

        R registerStation(RegisterStation c);

        R changeStation(ChangeStation c);

        R closeStation(CloseStation c);

        R defineUser(DefineUser c);

        R removeUser(RemoveUser c);

        R resetPassword(ResetPassword c);

        R fireTimer(FireTimer c);

        R recordSessionActivity(RecordSessionActivity c);

        R receiveAlert(ReceiveAlert c);
    }
}

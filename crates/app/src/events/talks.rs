//! The agenda: talks with their speakers, in order.

use muster_core::{
    Timestamp,
    event::{SpeakerName, TalkAbstract, TalkTitle},
    group::WebUrl,
    id::{TalkId, UserId},
    markdown,
};
use muster_db::{
    DbConnection,
    groups::GroupRow,
    talks::{self, TalkChanges, TalkRow},
};

use super::EventAccess;
use super::fields::all_active_members;
use crate::{App, AppError, ErrorCode};
use muster_core::fields::FieldErrors;

/// A talk as entered.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TalkFields {
    pub title: String,
    pub speaker_name: String,
    /// A member's id, when the speaker is one.
    pub speaker_user_id: String,
    pub r#abstract: String,
    pub slides_url: String,
    pub video_url: String,
    pub lightning: bool,
    pub standby: bool,
}

impl TalkFields {
    pub fn of(talk: &TalkRow) -> TalkFields {
        TalkFields {
            title: talk.title.clone(),
            speaker_name: talk.speaker_name.clone(),
            speaker_user_id: talk
                .speaker_user_id
                .map(|u| u.to_string())
                .unwrap_or_default(),
            r#abstract: talk.abstract_.clone(),
            slides_url: talk.slides_url.clone(),
            video_url: talk.video_url.clone(),
            lightning: talk.lightning,
            standby: talk.standby,
        }
    }
}

pub(crate) fn validate_talk(input: &TalkFields, now: Timestamp) -> Result<TalkChanges, AppError> {
    let mut f = FieldErrors::default();
    let title = f.check("title", TalkTitle::parse(&input.title));
    let speaker = f.check("speaker_name", SpeakerName::parse(&input.speaker_name));
    let speaker_user = if input.speaker_user_id.trim().is_empty() {
        Some(None)
    } else {
        match UserId::parse(input.speaker_user_id.trim()) {
            Ok(id) => Some(Some(id)),
            Err(_) => {
                f.add("speaker_user_id", "Speakers are given by member id.");
                None
            }
        }
    };
    let summary = f.check("abstract", TalkAbstract::parse(&input.r#abstract));
    let slides = f.check("slides_url", WebUrl::parse_optional(&input.slides_url));
    let video = f.check("video_url", WebUrl::parse_optional(&input.video_url));
    f.finish()?;
    match (title, speaker, speaker_user, summary, slides, video) {
        (
            Some(title),
            Some(speaker),
            Some(speaker_user),
            Some(summary),
            Some(slides),
            Some(video),
        ) => Ok(TalkChanges {
            title: title.to_string(),
            speaker_name: speaker.to_string(),
            speaker_user_id: speaker_user,
            abstract_: summary.to_string(),
            abstract_html: markdown::to_safe_html(summary.as_str()),
            slides_url: slides.map(|u| u.as_str().to_owned()).unwrap_or_default(),
            video_url: video.map(|u| u.as_str().to_owned()).unwrap_or_default(),
            lightning: input.lightning,
            standby: input.standby,
            updated_at: now,
        }),
        _ => Err(AppError::internal("validated talk missing")),
    }
}

pub(crate) fn check_speaker(
    conn: &mut DbConnection,
    group: &GroupRow,
    changes: &TalkChanges,
) -> Result<(), AppError> {
    if let Some(user) = changes.speaker_user_id
        && !all_active_members(conn, group, &[user])?
    {
        return Err(AppError::invalid_field(
            "speaker_user_id",
            "The speaker must be a member of the group (or give just a name).",
        ));
    }
    Ok(())
}

pub async fn add_talk(
    app: &App,
    access: &EventAccess,
    input: &TalkFields,
) -> Result<TalkRow, AppError> {
    access.check_manage()?;
    let now = app.now();
    let changes = validate_talk(input, now)?;
    let (event, group) = (access.event.id, access.group.group.clone());
    app.db
        .transaction(move |c| {
            if talks::count(c, event)? >= talks::MAX_TALKS {
                return Err(AppError::conflict(
                    ErrorCode::TooManyTalks,
                    "An agenda can have at most 50 talks.",
                ));
            }
            check_speaker(c, &group, &changes)?;
            let row = TalkRow {
                id: TalkId::new(),
                event_id: event,
                position: 0,
                title: changes.title,
                speaker_name: changes.speaker_name,
                speaker_user_id: changes.speaker_user_id,
                abstract_: changes.abstract_,
                abstract_html: changes.abstract_html,
                slides_url: changes.slides_url,
                video_url: changes.video_url,
                lightning: changes.lightning,
                standby: changes.standby,
                created_at: now,
                updated_at: now,
            };
            Ok(talks::append(c, row)?)
        })
        .await
}

/// Changes a talk: `edit` lays the changes over the talk as it stands in the writing
/// transaction. Returns the talk as saved.
pub async fn update_talk<F>(
    app: &App,
    access: &EventAccess,
    talk: &str,
    edit: F,
) -> Result<TalkRow, AppError>
where
    F: FnOnce(TalkFields) -> TalkFields + Send + 'static,
{
    access.check_manage()?;
    let talk = TalkId::parse(talk).map_err(|_| AppError::not_found())?;
    let (event, group, now) = (access.event.id, access.group.group.clone(), app.now());
    app.db
        .transaction(move |c| {
            let Some(mut current) = talks::find(c, event, talk)? else {
                return Err(AppError::not_found());
            };
            let changes = validate_talk(&edit(TalkFields::of(&current)), now)?;
            // A speaker who has left the group stays on a talk nobody re-assigns.
            if changes.speaker_user_id != current.speaker_user_id {
                check_speaker(c, &group, &changes)?;
            }
            talks::update(c, event, talk, &changes)?;
            changes.apply_to(&mut current);
            Ok(current)
        })
        .await
}

pub async fn delete_talk(app: &App, access: &EventAccess, talk: &str) -> Result<(), AppError> {
    access.check_manage()?;
    let talk = TalkId::parse(talk).map_err(|_| AppError::not_found())?;
    let event = access.event.id;
    if app.db.write(move |c| talks::delete(c, event, talk)).await? {
        Ok(())
    } else {
        Err(AppError::not_found())
    }
}

/// Reorders the agenda: `order` lists every talk of the event once.
pub async fn reorder_talks(
    app: &App,
    access: &EventAccess,
    order: &[String],
) -> Result<(), AppError> {
    access.check_manage()?;
    let ids: Result<Vec<TalkId>, _> = order.iter().map(|t| TalkId::parse(t)).collect();
    let ids = ids.map_err(|_| AppError::invalid_field("order", "Give the talks' ids."))?;
    let (event, now) = (access.event.id, app.now());
    let done = app
        .db
        .write(move |c| talks::reorder(c, event, &ids, now))
        .await?;
    if !done {
        return Err(AppError::invalid_field(
            "order",
            "List every talk of the agenda exactly once.".to_owned(),
        ));
    }
    Ok(())
}

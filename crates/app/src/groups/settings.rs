//! A group's own settings: creating it, changing its fields, deleting it.

use muster_core::{
    Timestamp,
    account::{Email, Timezone},
    group::{
        City, ConductText, Coordinates, Country, Description, GroupName, JoinMode, Questions, Slug,
        Summary, Topics, Visibility, WebUrl,
    },
    id::GroupId,
    markdown,
    policy::{Action, MembershipStatus},
    roles::{Capability, Role},
};
use muster_db::{
    audit,
    conduct::{self, ConductVersionRow},
    groups::{self, GroupChanges, GroupLinks, GroupRow},
    memberships::{self, MembershipRow},
    rate_limits,
    users::UserRow,
};
use serde::{Deserialize, Deserializer};

use muster_core::audit::AuditAction;
use muster_db::audit::AuditEntry;

use super::GroupAccess;
use crate::{App, AppError, ErrorCode, limits};
use muster_core::fields::FieldErrors;

/// Deserialises a field that may be absent (keep), `null` (clear) or a value (set).
pub fn double_option<'de, T: Deserialize<'de>, D: Deserializer<'de>>(
    d: D,
) -> Result<Option<Option<T>>, D::Error> {
    Option::<T>::deserialize(d).map(Some)
}

/// Every editable field of a group, as typed (validated by [`validate`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GroupFields {
    pub name: String,
    pub summary: String,
    pub description: String,
    pub city: String,
    pub country: String,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub timezone: String,
    pub topics: Vec<String>,
    pub website_url: String,
    pub chat_url: String,
    pub mailing_list_url: String,
    pub repository_url: String,
    pub logo_url: String,
    pub contact_email: String,
    pub visibility: String,
    pub join_mode: String,
    pub questions: Vec<String>,
    /// The language its organizers write in: a tag from [`GROUP_LANGUAGES`], or "" (not said).
    pub language: String,
}

/// The languages a group can say it writes in: (BCP 47 tag, the language's own name).
pub const GROUP_LANGUAGES: &[(&str, &str)] = &[
    ("en", "English"),
    ("de", "Deutsch"),
    ("es", "Español"),
    ("fr", "Français"),
    ("pt-BR", "Português (Brasil)"),
    ("ja", "日本語"),
    ("zh-CN", "简体中文"),
    ("zh-TW", "繁體中文"),
    ("pl", "Polski"),
    ("it", "Italiano"),
    ("nl", "Nederlands"),
    ("ko", "한국어"),
    ("ru", "Русский"),
    ("tr", "Türkçe"),
    ("uk", "Українська"),
    ("cs", "Čeština"),
    ("sv", "Svenska"),
    ("id", "Bahasa Indonesia"),
    ("vi", "Tiếng Việt"),
];

impl GroupFields {
    pub fn from_row(group: &GroupRow) -> GroupFields {
        let links = group.links();
        GroupFields {
            name: group.name.clone(),
            summary: group.summary.clone(),
            description: group.description.clone(),
            city: group.city.clone(),
            country: group.country.clone(),
            lat: group.latitude,
            lon: group.longitude,
            timezone: group.timezone.clone(),
            topics: group.topic_list(),
            website_url: links.website,
            chat_url: links.chat,
            mailing_list_url: links.mailing_list,
            repository_url: links.repository,
            logo_url: group.logo_url.clone(),
            contact_email: group.contact_email.clone(),
            visibility: group.visibility.as_str().to_owned(),
            join_mode: group.join_mode.as_str().to_owned(),
            questions: group.questions().as_slice().to_vec(),
            language: group.language.clone().unwrap_or_default(),
        }
    }
}

/// [`GroupFields`] that passed validation.
pub struct ValidGroup {
    name: GroupName,
    summary: Summary,
    description: Description,
    city: City,
    country: Country,
    coordinates: Option<Coordinates>,
    timezone: Timezone,
    topics: Topics,
    links: GroupLinks,
    logo_url: String,
    contact_email: String,
    visibility: Visibility,
    join_mode: JoinMode,
    questions: Questions,
    language: Option<String>,
}

impl ValidGroup {
    /// Coordinates from the gazetteer when the city says where and the coordinates do not: none
    /// were given, or the city or country changed and the ones given are the old place's (the
    /// settings form sends back what it showed). An unknown city leaves them as they are.
    fn place_by_city(mut self, before: Option<&GroupRow>) -> ValidGroup {
        let city = self.city.to_string();
        let country = self.country.to_string();
        let moved = before.is_some_and(|b| {
            (b.city != city || b.country != country)
                && self.coordinates.map(|c| (c.lat, c.lon)) == b.latitude.zip(b.longitude)
        });
        if city.trim().is_empty() || (self.coordinates.is_some() && !moved) {
            return self;
        }
        let code = muster_i18n::places::country_code(&country);
        if !country.trim().is_empty() && code.is_none() {
            return self;
        }
        if let Some(place) = muster_i18n::places::find_in(&city, code) {
            self.coordinates = Coordinates::new(place.lat, place.lon).ok();
        }
        self
    }
}

pub(crate) fn optional_url(fields: &mut FieldErrors, name: &str, value: &str) -> String {
    fields
        .check(name, WebUrl::parse_optional(value))
        .flatten()
        .map(|u| u.as_str().to_owned())
        .unwrap_or_default()
}

pub(crate) fn validate(input: &GroupFields) -> Result<ValidGroup, AppError> {
    let mut f = FieldErrors::default();
    let name = f.check("name", GroupName::parse(&input.name));
    let summary = f.check("summary", Summary::parse(&input.summary));
    let description = f.check("description", Description::parse(&input.description));
    let city = f.check("city", City::parse(&input.city));
    let country = f.check("country", Country::parse(&input.country));
    let coordinates = match (input.lat, input.lon) {
        (None, None) => Some(None),
        (Some(lat), Some(lon)) => f.check("lat", Coordinates::new(lat, lon)).map(Some),
        _ => {
            f.add("lat", "Give both latitude and longitude, or neither.");
            None
        }
    };
    let timezone = f.check("timezone", Timezone::parse(&input.timezone));
    let topics = f.check(
        "topics",
        Topics::parse(input.topics.iter().map(String::as_str)),
    );
    let links = GroupLinks {
        website: optional_url(&mut f, "website_url", &input.website_url),
        chat: optional_url(&mut f, "chat_url", &input.chat_url),
        mailing_list: optional_url(&mut f, "mailing_list_url", &input.mailing_list_url),
        repository: optional_url(&mut f, "repository_url", &input.repository_url),
    };
    let logo_url = optional_url(&mut f, "logo_url", &input.logo_url);
    let contact_email = if input.contact_email.trim().is_empty() {
        String::new()
    } else {
        f.check("contact_email", Email::parse(&input.contact_email))
            .map(|e| e.to_string())
            .unwrap_or_default()
    };
    let visibility = f.check("visibility", Visibility::parse(&input.visibility));
    let join_mode = f.check("join_mode", JoinMode::parse(&input.join_mode));
    if visibility == Some(Visibility::Private) && join_mode.is_some_and(|m| m != JoinMode::Invite) {
        f.add(
            "join_mode",
            "Private groups are invisible to outsiders, so they take members by invitation only.",
        );
    }
    let questions = f.check(
        "questions",
        Questions::parse(input.questions.iter().map(String::as_str)),
    );
    let language = input.language.trim();
    let language = if language.is_empty() {
        None
    } else if let Some((tag, _)) = GROUP_LANGUAGES.iter().find(|(tag, _)| *tag == language) {
        Some((*tag).to_owned())
    } else {
        f.add("language", "Choose a language from the list.");
        None
    };
    f.finish()?;
    match (
        name,
        summary,
        description,
        city,
        country,
        coordinates,
        timezone,
        topics,
        visibility,
        join_mode,
        questions,
    ) {
        (
            Some(name),
            Some(summary),
            Some(description),
            Some(city),
            Some(country),
            Some(coordinates),
            Some(timezone),
            Some(topics),
            Some(visibility),
            Some(join_mode),
            Some(questions),
        ) => Ok(ValidGroup {
            name,
            summary,
            description,
            city,
            country,
            coordinates,
            timezone,
            topics,
            links,
            logo_url,
            contact_email,
            visibility,
            join_mode,
            questions,
            language,
        }),
        _ => Err(AppError::internal("validated group fields missing")),
    }
}

impl ValidGroup {
    fn changes(&self, now: Timestamp) -> GroupChanges {
        let topics = self.topics.as_slice().to_vec();
        GroupChanges {
            name: self.name.to_string(),
            summary: self.summary.to_string(),
            description: self.description.to_string(),
            description_html: markdown::to_safe_html(self.description.as_str()),
            city: self.city.to_string(),
            country: self.country.to_string(),
            city_key: self.city.as_str().to_lowercase(),
            country_key: self.country.as_str().to_lowercase(),
            latitude: self.coordinates.map(|c| c.lat),
            longitude: self.coordinates.map(|c| c.lon),
            timezone: self.timezone.name().to_owned(),
            topics: topics.join(","),
            links: self.links.to_json(),
            logo_url: self.logo_url.clone(),
            contact_email: self.contact_email.clone(),
            visibility: self.visibility,
            join_mode: self.join_mode,
            questions: serde_json::to_string(&self.questions).unwrap_or_else(|_| "[]".into()),
            search_text: GroupRow::search_text_for(
                self.name.as_str(),
                self.summary.as_str(),
                self.city.as_str(),
                self.country.as_str(),
                &topics,
            ),
            updated_at: now,
        }
    }
}

/// The row fields a group's input saves as (what creation and the settings form write), after
/// the same checks: for groups arriving by other roads (archives).
pub(crate) fn checked_changes(
    input: &GroupFields,
    now: Timestamp,
) -> Result<GroupChanges, AppError> {
    Ok(validate(input)?.changes(now))
}

pub(crate) fn slug_taken() -> AppError {
    AppError::invalid_field("slug", "That address is taken. Choose another.")
}

/// Creates a group; its creator becomes its organizer, having accepted version 1 of its code of
/// conduct (the default text unless `conduct_text` is given). Returns the group and the
/// creator's membership.
/// The code of conduct a new group starts with, in `locale`, naming the group and its public
/// contact address (none when empty: a person's own address is never published without them
/// choosing to).
pub fn default_code_of_conduct(
    locale: muster_i18n::Locale,
    group_name: &str,
    contact: &str,
) -> String {
    let write_to = if contact.is_empty() {
        String::new()
    } else {
        muster_i18n::tr_args(locale, "conduct-default-write-to", &[("address", &contact)])
    };
    let mut text = muster_i18n::tr_args(
        locale,
        "conduct-default",
        &[("group", &group_name), ("contact", &write_to)],
    );
    text.push('\n');
    text
}

pub async fn create(
    app: &App,
    creator: &UserRow,
    slug: &str,
    input: &GroupFields,
    conduct_text: Option<&str>,
) -> Result<(GroupRow, MembershipRow), AppError> {
    let slug_result = Slug::parse(slug);
    let valid = validate(input);
    let conduct = conduct_text.map(ConductText::parse);
    let mut f = FieldErrors::default();
    let slug = f.check("slug", slug_result);
    let conduct = match conduct {
        Some(Err(e)) => {
            f.check::<()>("conduct_text", Err(e));
            None
        }
        Some(Ok(text)) => Some(text),
        None => None,
    };
    let valid = match valid {
        Ok(valid) => Some(valid.place_by_city(None)),
        Err(error) => {
            for (field, message) in &error.fields {
                f.add(field, message);
            }
            None
        }
    };
    f.finish()?;
    let (Some(slug), Some(valid)) = (slug, valid) else {
        return Err(AppError::internal("validated group missing"));
    };
    let now = app.now();
    let conduct_text = conduct.map(|c| c.to_string()).unwrap_or_else(|| {
        // In the group's language when Muster speaks it, else its creator's.
        let locale = valid
            .language
            .as_deref()
            .and_then(muster_i18n::Locale::parse)
            .filter(|l| muster_i18n::Locale::SHIPPED.contains(l))
            .or_else(|| creator.locale())
            .unwrap_or_default();
        default_code_of_conduct(locale, valid.name.as_str(), &valid.contact_email)
    });
    let changes = valid.changes(now);
    let language = valid.language.clone();
    let creator = creator.clone();
    let id = GroupId::new();
    let bucket = format!("groups:user:{}", creator.id);
    let created = app
        .db
        .transaction(move |c| {
            if groups::slug_taken(c, slug.as_str())? {
                return Err(slug_taken());
            }
            if let Err(wait) = rate_limits::hit(c, &bucket, limits::GROUPS_PER_DAY, now)? {
                return Err(AppError::too_many_requests(wait).with_code(ErrorCode::DailyLimit));
            }
            let row = GroupRow {
                member_count: 1,
                created_by: Some(creator.id),
                language,
                ..GroupRow::new(id, slug.to_string(), changes)
            };
            match groups::insert(c, &row) {
                Ok(()) => {}
                Err(e) if e.is_unique_violation() => return Err(slug_taken()),
                Err(e) => return Err(e.into()),
            }
            conduct::insert_version(
                c,
                &ConductVersionRow {
                    group_id: id,
                    version: 1,
                    text: conduct_text,
                    created_by: Some(creator.id),
                    created_at: now,
                },
            )?;
            let mut membership = MembershipRow::new(
                id,
                creator.id,
                Role::Organizer,
                MembershipStatus::Active,
                now,
            );
            membership.conduct_version = Some(1);
            membership.conduct_accepted_at = Some(now);
            memberships::insert(c, &membership)?;
            audit::record(
                c,
                AuditEntry::new(id, AuditAction::GroupCreated).by(Some(creator.id)),
                now,
            )?;
            Ok((row, membership))
        })
        .await?;
    tracing::info!(group = %created.0.id, slug = %created.0.slug, "group created");
    Ok(created)
}

/// Changes a group's settings (organizers and co-organizers).
pub async fn update(
    app: &App,
    access: &GroupAccess,
    input: &GroupFields,
) -> Result<GroupRow, AppError> {
    access.check(Action::Use(Capability::ManageGroup))?;
    let valid = validate(input)?.place_by_city(Some(&access.group));
    let now = app.now();
    let changes = valid.changes(now);
    let (id, actor) = (access.group.id, access.user()?.id);
    let changed_visibility = changes.visibility != access.group.visibility;
    let language = valid.language;
    app.db
        .write(move |c| {
            groups::update(c, id, &changes)?;
            groups::set_language(c, id, language.as_deref())?;
            let detail = if changed_visibility {
                format!("visibility: {}", changes.visibility.as_str())
            } else {
                String::new()
            };
            audit::record(
                c,
                AuditEntry::new(id, AuditAction::SettingsChanged)
                    .by(Some(actor))
                    .detail(&detail),
                now,
            )?;
            groups::find(c, id)
        })
        .await?
        .ok_or_else(AppError::not_found)
}

/// Deletes a group (organizers only, with their password and the group's name typed out).
pub async fn delete(
    app: &App,
    access: &GroupAccess,
    password: &str,
    confirm_name: &str,
    client_ip: &str,
) -> Result<(), AppError> {
    access.check(Action::Use(Capability::OwnGroup))?;
    if confirm_name.trim() != access.group.name {
        return Err(AppError::invalid_field(
            "confirm_name",
            "Type the group's name exactly to confirm.",
        ));
    }
    crate::accounts::credentials::confirm_password(app, access.user()?, password, client_ip)
        .await?;
    let now = app.now();
    let (id, actor) = (access.group.id, access.user()?.id);
    app.db
        .write(move |c| {
            groups::soft_delete(c, id, now)?;
            audit::record(
                c,
                AuditEntry::new(id, AuditAction::GroupDeleted).by(Some(actor)),
                now,
            )
        })
        .await?;
    tracing::info!(group = %id, "group deleted");
    Ok(())
}

#[cfg(test)]
mod conduct_tests {
    use muster_i18n::Locale;

    use super::default_code_of_conduct;

    #[test]
    fn the_default_code_names_the_group_and_contact_in_each_language() {
        let text = default_code_of_conduct(Locale::En, "PyLeeds", "organizers@pyleeds.org");
        assert!(
            text.starts_with("## Code of conduct\n\nPyLeeds is a friendly"),
            "{text}"
        );
        assert!(text.contains("organizers@pyleeds.org"));
        assert!(muster_core::group::ConductText::parse(&text).is_ok());
        let without = default_code_of_conduct(Locale::En, "PyLeeds", "");
        assert!(without.contains("\"Report a concern\" form on the group's page."));
        assert!(
            !without.contains("write to"),
            "no dangling address: {without}"
        );
        for locale in Locale::SHIPPED {
            let text = default_code_of_conduct(locale, "PyLeeds", "organizers@pyleeds.org");
            assert!(text.starts_with("## "), "{locale}: {text}");
            assert!(
                text.contains("PyLeeds") && text.contains("organizers@pyleeds.org"),
                "{locale}"
            );
            assert!(
                muster_core::group::ConductText::parse(&text).is_ok(),
                "{locale}"
            );
        }
    }
}

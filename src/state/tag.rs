//! Tags a manager puts on a draft: the competency areas of the seed's skills-based development
//! framework, and the career track (individual contributor or management) it is written for.
use serde::{Deserialize, Serialize};

/// One tag. Stored by its kebab-case id; an id this version does not know makes the stored value
/// unreadable (a newer Frankly writes a newer schema version, so that does not happen silently).
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum Tag {
    CoreEngineering,
    PlatformAndDomain,
    CommunicationAndInfluence,
    PeopleDevelopment,
    StrategicThinking,
    TrackIc,
    TrackManagement,
}

/// Which of the two families a tag belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TagGroup {
    Competency,
    Track,
}

impl Tag {
    /// Every tag, in the order a picker shows them (competencies, then tracks).
    pub const ALL: [Tag; 7] = [
        Tag::CoreEngineering,
        Tag::PlatformAndDomain,
        Tag::CommunicationAndInfluence,
        Tag::PeopleDevelopment,
        Tag::StrategicThinking,
        Tag::TrackIc,
        Tag::TrackManagement,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Tag::CoreEngineering => "core-engineering",
            Tag::PlatformAndDomain => "platform-and-domain",
            Tag::CommunicationAndInfluence => "communication-and-influence",
            Tag::PeopleDevelopment => "people-development",
            Tag::StrategicThinking => "strategic-thinking",
            Tag::TrackIc => "track-ic",
            Tag::TrackManagement => "track-management",
        }
    }

    pub fn from_id(id: &str) -> Option<Tag> {
        Tag::ALL.into_iter().find(|t| t.id() == id)
    }

    pub fn label(self) -> &'static str {
        match self {
            Tag::CoreEngineering => "Core engineering",
            Tag::PlatformAndDomain => "Platform and domain",
            Tag::CommunicationAndInfluence => "Communication and influence",
            Tag::PeopleDevelopment => "People development",
            Tag::StrategicThinking => "Strategic thinking",
            Tag::TrackIc => "IC track",
            Tag::TrackManagement => "Management track",
        }
    }

    /// What the area covers, in the seed framework's words (shortened).
    pub fn covers(self) -> &'static str {
        match self {
            Tag::CoreEngineering => {
                "Software craftsmanship, system design, testing, performance, security"
            }
            Tag::PlatformAndDomain => {
                "Cloud and infrastructure, data, mobile and web, machine learning, DevOps"
            }
            Tag::CommunicationAndInfluence => {
                "Technical writing, presenting, cross-functional work, stakeholders, conflict"
            }
            Tag::PeopleDevelopment => {
                "Mentoring and coaching, hiring, career development, team culture, inclusion"
            }
            Tag::StrategicThinking => {
                "Product strategy, business models, financial analysis, organizational design"
            }
            Tag::TrackIc => "Individual contributor: senior IC, staff, principal engineer",
            Tag::TrackManagement => "Management: team lead, engineering manager, senior leadership",
        }
    }

    pub fn group(self) -> TagGroup {
        match self {
            Tag::TrackIc | Tag::TrackManagement => TagGroup::Track,
            _ => TagGroup::Competency,
        }
    }
}

/// Tags in canonical form: sorted, each once (so two tabs' equal sets compare equal).
pub fn normalize(tags: &[Tag]) -> Vec<Tag> {
    let mut v = tags.to_vec();
    // The app's one shared sort: `sort_unstable` would add its own copy for `Tag` (3 KB).
    crate::sort::sort_by(&mut v, |a, b| a.cmp(b));
    v.dedup();
    v
}

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { WallSlide } from '@core/wall/slidePlan';
import { useFormatting } from '../../app/formatting';
import type { WallContent, WallNewMember, WallPerson, WallProject } from './useWallContent';
import { qrPath } from './wallQr';

/** A public photo, or the first letter of the name in a circle: a face or a letter, never an empty box. */
function Portrait({ name, photo }: { name: string; photo: string | null }) {
  if (photo) return <img className="wall-portrait" src={photo} alt="" />;
  return <span className="wall-portrait wall-initial" aria-hidden="true">{name.trim().charAt(0).toUpperCase()}</span>;
}

/** A star: an open event is marked by a shape and words, not by its colour alone. */
function StarIcon() {
  return (
    <svg className="wall-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M12 2l3 6.9 7.5.7-5.7 5 1.7 7.4L12 18.1 5.5 22l1.7-7.4-5.7-5 7.5-.7z" fill="currentColor" />
    </svg>
  );
}

function EventsSlide({ content, now }: { content: WallContent; now: Date }) {
  const { t } = useTranslation();
  const format = useFormatting();
  const time = (from: string, until: string) => t('wall.events.time', { from: format.timeOfDay(from), until: format.timeOfDay(until) });
  return (
    <>
      <div className="wall-head">
        <h1 className="wall-title">{t('wall.events.title')}</h1>
        <p className="wall-subtitle">{format.kioskDay(now)}</p>
      </div>
      <ul className="wall-list wall-rows">
        {content.events.map((event) => (
          <li key={event.id} className="wall-card wall-event">
            <p className="wall-when">{time(event.startsAt, event.endsAt)}</p>
            <div className="wall-event-text">
              <h2 className="wall-card-title">{event.title}</h2>
              <p className="wall-tag"><StarIcon />{t('wall.events.openToAll')}</p>
              {event.roomName && <p className="wall-card-text">{event.roomName}</p>}
            </div>
          </li>
        ))}
        {content.roomBookings.map((slot) => (
          <li key={slot.id} className="wall-card wall-event">
            <p className="wall-when">{time(slot.startsAt, slot.endsAt)}</p>
            <p className="wall-card-text">{t('wall.events.roomBooked', { room: slot.roomName ?? t('wall.events.someRoom') })}</p>
          </li>
        ))}
      </ul>
    </>
  );
}

function PeopleSlide({ people, count }: { people: WallPerson[]; count: number }) {
  const { t } = useTranslation();
  return (
    <>
      <div className="wall-head">
        <h1 className="wall-title">{t('wall.inToday.title')}</h1>
        {/* The count as a number too: the slide is drawn off screen as well, where it has no accessible text (tests, bench). */}
        <p className="wall-subtitle" data-count={count}>{t('wall.inToday.count', { count })}</p>
      </div>
      <ul className="wall-list wall-people">
        {people.map((person) => (
          <li key={person.id} className="wall-person">
            <Portrait name={person.firstName} photo={person.photo} />
            <p className="wall-person-name">{person.firstName}</p>
          </li>
        ))}
      </ul>
      {count > people.length && <p className="wall-more">{t('wall.inToday.more', { count: count - people.length })}</p>}
    </>
  );
}

function NewMembersSlide({ members }: { members: WallNewMember[] }) {
  const { t } = useTranslation();
  const format = useFormatting();
  return (
    <>
      <div className="wall-head"><h1 className="wall-title">{t('wall.newMembers.title')}</h1></div>
      <ul className="wall-list wall-grid">
        {members.map((member) => (
          <li key={member.id} className="wall-card wall-member">
            <Portrait name={member.name} photo={member.photo} />
            <div className="wall-member-text">
              <h2 className="wall-card-title">{member.name}</h2>
              {member.skills.length > 0 && (
                <p className="wall-card-text wall-clamp"><span className="wall-label">{t('wall.newMembers.skills')}</span> {format.list(member.skills)}</p>
              )}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}

function HoursSlide({ content }: { content: WallContent }) {
  const { t } = useTranslation();
  const format = useFormatting();
  const { hours } = content;
  if (!hours) return null;
  const rounded = Math.round(hours.hours);
  return (
    <>
      <div className="wall-head"><h1 className="wall-title">{t('wall.hours.title', { year: content.year })}</h1></div>
      <div className="wall-counter">
        <p className="wall-counter-value">{t('wall.hours.total', { count: rounded, hours: format.number(rounded) })}</p>
        <p className="wall-counter-people">{t('wall.hours.projects', { count: hours.projects })}</p>
      </div>
    </>
  );
}

function ProjectQr({ project }: { project: WallProject }) {
  const { t } = useTranslation();
  const qr = useMemo(() => (project.address ? qrPath(project.address) : null), [project.address]);
  if (!qr) return null;
  const { size, d } = qr;
  return (
    <svg className="wall-qr" viewBox={`0 0 ${String(size)} ${String(size)}`} role="img" aria-label={t('wall.projects.qrLabel', { title: project.title })} shapeRendering="crispEdges">
      <rect width={size} height={size} fill="#ffffff" />
      <path d={d} fill="#000000" />
    </svg>
  );
}

function ProjectsSlide({ projects }: { projects: WallProject[] }) {
  const { t } = useTranslation();
  return (
    <>
      <div className="wall-head"><h1 className="wall-title">{t('wall.projects.title')}</h1></div>
      <ul className="wall-list wall-columns" data-count={projects.length}>
        {projects.map((project) => (
          <li key={project.id} className="wall-card wall-project">
            {project.stage && <p className="wall-tag">{t(`wall.projects.stage.${project.stage}`)}</p>}
            <h2 className="wall-card-title">{project.title}</h2>
            {project.wanted.length > 0 && (
              <div className="wall-wanted">
                <p className="wall-label">{t('wall.projects.wanted')}</p>
                <ul className="wall-skills">{project.wanted.map((skill) => <li key={skill}>{skill}</li>)}</ul>
              </div>
            )}
            <ProjectQr project={project} />
          </li>
        ))}
      </ul>
    </>
  );
}

function WelcomeSlide({ hubName, town }: { hubName: string; town: string }) {
  const { t } = useTranslation();
  return (
    <div className="wall-welcome">
      <span className="brand-mark wall-mark" aria-hidden="true" />
      <h1 className="wall-title">{t('wall.welcome.title', { hub: hubName })}</h1>
      {town && <p className="wall-subtitle">{town}</p>}
      <p className="wall-welcome-line">{t('wall.welcome.subtitle')}</p>
    </div>
  );
}

/** One slide's content; every slide is drawn all the time, only the one on screen is visible. */
export function SlideBody({ slide, content, now, hubName, town }: { slide: WallSlide; content: WallContent; now: Date; hubName: string; town: string }) {
  switch (slide) {
    case 'events': return <EventsSlide content={content} now={now} />;
    case 'inToday': return <PeopleSlide people={content.people} count={content.peopleCount} />;
    case 'newMembers': return <NewMembersSlide members={content.newMembers} />;
    case 'communityHours': return <HoursSlide content={content} />;
    case 'projects': return <ProjectsSlide projects={content.projects} />;
    case 'welcome': return <WelcomeSlide hubName={hubName} town={town} />;
  }
}

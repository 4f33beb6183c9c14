import { builder } from '../builder.ts';
import { servicesAccess } from '../domain/access.ts';
import { servicesFigures, type ServicesFigures } from '../figures/services-figures.ts';

const ServicesKpisRef = builder.objectRef<ServicesFigures>('ServicesKpis').implement({
  description: 'The services figures of a year, computed from the rows (figures-2024.md S1)',
  fields: (t) => ({
    meetingBookings: t.exposeInt('meetingBookings', { description: 'S1: meeting-room bookings (会议室预定) of the year, whatever became of them' }),
    meetingBookingsHeld: t.exposeInt('meetingBookingsHeld', { description: 'S1: of those, meetings held (checked in)' }),
    visitorRegistrations: t.exposeInt('visitorRegistrations', { description: 'S1: visitor registrations (访客登记) of the year' }),
    visitorsReceived: t.exposeInt('visitorsReceived', { description: 'S1: of those, visitors who came (checked in)' }),
    workOrders: t.exposeInt('workOrders', { description: 'Repair work orders (报修工单) filed in the year' }),
    workOrdersWithinSla: t.exposeInt('workOrdersWithinSla', { description: 'Of those, done by their SLA due time' }),
    averageRating: t.exposeFloat('averageRating', { nullable: true, description: 'Their average rating (1–5 stars), 2 decimals' }),
    feedbackHandled: t.exposeInt('feedbackHandled', { description: 'S1: user feedback (意见反馈) of the year handled (replied)' }),
    workflowInstances: t.exposeInt('workflowInstances', { description: 'S1: this domain’s online workflow instances of the year (bookings, visitor registrations, work orders, feedback)' }),
  }),
});

/** A reporting year; the directory owns it, every domain adds its figures. */
builder.externalRef('Period', builder.selection<{ year: number }>('year')).implement({
  fields: (t) => ({
    year: t.exposeInt('year'),
    // Nullable: the cockpit reads every domain's figures of a year in one query; one domain down leaves the others'.
    services: t.field({
      type: ServicesKpisRef,
      nullable: true,
      authScopes: servicesAccess.readFigures,
      description: 'The services figures of the year (services staff, admins and leaders)',
      resolve: ({ year }) => servicesFigures(year),
    }),
  }),
});

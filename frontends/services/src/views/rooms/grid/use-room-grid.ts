import { addDays, GraphQLRequestError, requestGraphQL, shanghaiInstant, todayIso, weekDays } from '@jiguan/kit';
import { computed, reactive, shallowRef, watch } from 'vue';
import { type BuildingOption, buildingOptions, type DayBooking, type DayGrid, dayGrid, type WeekRow, weekGrid } from './room-grid';
import { bookingsOfDayQuery, roomFreeBusyQuery, roomsOfBuildingsQuery, type RoomFreeBusy } from './room-grid-query';

export type GridView = 'day' | 'week';

export interface RoomGridFilters {
  buildingId: string | undefined;
  day: string;
  view: GridView;
  /** The week view's days: Monday to Friday, or the whole week. */
  span: 5 | 7;
}

/** The viewer's readable bookings that run on a day, to name the own busy slots. */
async function bookingsOfDay(day: string): Promise<DayBooking[]> {
  const filter = { from: shanghaiInstant(day, 0), to: shanghaiInstant(addDays(day, 1), 0) };
  return (await requestGraphQL(bookingsOfDayQuery, { filter })).roomBookings.edges.map((edge) => edge.node);
}

const freeBusyOf = async (buildingId: string, day: string): Promise<RoomFreeBusy[]> => (await requestGraphQL(roomFreeBusyQuery, { buildingId, day })).roomFreeBusy;

/**
 * 会议室预定's grid: the buildings with rooms (the first picked), and the picked building's day
 * (rooms × hours) or week (rooms × days, one free/busy answer a day). The newest request wins.
 */
export function useRoomGrid(options: { today?: string } = {}) {
  const filters = reactive<RoomGridFilters>({ buildingId: undefined, day: options.today ?? todayIso(), view: 'day', span: 5 });
  const buildings = shallowRef<BuildingOption[]>([]);
  const day = shallowRef<DayGrid>({ hours: [], rows: [] });
  const week = shallowRef<WeekRow[]>([]);
  const loading = shallowRef(false);
  const error = shallowRef<GraphQLRequestError | null>(null);
  const days = computed(() => weekDays(filters.day, filters.span));
  let latest = 0;

  async function guarded(work: () => Promise<void>): Promise<void> {
    const request = ++latest;
    loading.value = true;
    try {
      await work();
      if (request === latest) error.value = null;
    } catch (cause) {
      if (!(cause instanceof GraphQLRequestError)) throw cause;
      if (request === latest) error.value = cause;
    } finally {
      if (request === latest) loading.value = false;
    }
  }

  /** Loads the picked building's day or week again (after a booking). */
  function reload(): Promise<void> {
    const buildingId = filters.buildingId;
    if (!buildingId) return Promise.resolve();
    const request = latest + 1;
    if (filters.view === 'day') {
      const shown = filters.day;
      return guarded(async () => {
        const [freeBusy, bookings] = await Promise.all([freeBusyOf(buildingId, shown), bookingsOfDay(shown)]);
        if (request === latest) day.value = dayGrid(freeBusy, bookings);
      });
    }
    const shownDays = days.value;
    return guarded(async () => {
      const answers = await Promise.all(shownDays.map((shown) => freeBusyOf(buildingId, shown)));
      if (request === latest) week.value = weekGrid(shownDays, answers);
    });
  }

  async function loadBuildings(): Promise<void> {
    await guarded(async () => {
      const { meetingRooms } = await requestGraphQL(roomsOfBuildingsQuery);
      buildings.value = buildingOptions(meetingRooms.edges.map((edge) => edge.node));
    });
    filters.buildingId ??= buildings.value[0]?.id;
  }

  /** Opens a day of the week view in the day view. */
  function showDay(shown: string): void {
    filters.day = shown;
    filters.view = 'day';
  }

  watch(() => [filters.buildingId, filters.day, filters.view, filters.span], () => void reload());
  void loadBuildings();

  return reactive({ filters, buildings, day, week, days, loading, error, reload, showDay });
}

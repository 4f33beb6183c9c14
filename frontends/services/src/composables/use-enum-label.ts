import { useI18n } from 'vue-i18n';

/**
 * The label of a GraphQL enum value, from `services.enum.<Enum>.<VALUE>`. Empty for a missing
 * value: Element Plus renders table slots once with an empty row.
 */
export function useEnumLabel() {
  const { t } = useI18n();
  return (enumName: string, value: string | null | undefined): string => (value ? t(`services.enum.${enumName}.${value}`) : '');
}

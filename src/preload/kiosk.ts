import { exposeApi } from './expose';

exposeApi('kiosk');

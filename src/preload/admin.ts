import { exposeApi } from './expose';

exposeApi('admin');
